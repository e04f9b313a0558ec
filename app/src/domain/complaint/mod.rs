//! A complaint as the reporter fills it in ([`ComplaintInput`]) and as the portal accepts it
//! ([`NewComplaint`]).
//!
//! Parse, don't validate: [`NewComplaint::parse`] turns the raw form into typed values that
//! cannot be invalid, collecting every field's error at once. The browser runs the same code per
//! field with [`check_field`] while the reporter types; the server runs `parse` again, for trust.

/// Declares a private-field text newtype built only through `parse`.
macro_rules! text_newtype {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// The accepted, normalised text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = ErrorCode;

            fn try_from(raw: String) -> Result<$name, ErrorCode> {
                $name::parse(&raw)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> String {
                value.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
    };
}

/// Shows a text newtype in `Debug` and `Display` as it is.
macro_rules! show_text {
    ($name:ident) => {
        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_tuple(stringify!($name)).field(&self.0).finish()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

/// Hides a personal-data newtype in `Debug`; `Display` shows it, for pages that may.
macro_rules! hide_text {
    ($name:ident) => {
        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(concat!(stringify!($name), "(<hidden>)"))
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

mod channel;
mod codes;
mod contact;
mod input;
mod new;
mod received;
mod required;
mod revision;
mod values;
mod visibility;

pub use channel::*;
pub use codes::*;
pub use contact::*;
pub use input::*;
pub use new::*;
pub use received::*;
pub use required::*;
pub use revision::*;
pub use values::*;
pub use visibility::*;

#[cfg(test)]
mod tests;
