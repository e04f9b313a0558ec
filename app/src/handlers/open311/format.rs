//! An Open311 answer in JSON or in XML, by the path's extension, and the spec's error list.

use crate::domain::open311::Open311Error;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde_json::Value;

/// The answer's format, from the path's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Format {
    Json,
    Xml,
}

/// Splits `name.json` / `name.xml` into the name and its format.
pub(super) fn split_format(segment: &str) -> Option<(&str, Format)> {
    if let Some(name) = segment.strip_suffix(".json") {
        Some((name, Format::Json))
    } else {
        segment.strip_suffix(".xml").map(|name| (name, Format::Xml))
    }
}

/// An Open311 answer: a list of objects, as a JSON array or as XML under `root`, each object an
/// `item` element.
pub(super) fn answer<T: Serialize>(
    format: Format,
    status: StatusCode,
    root: &str,
    item: &str,
    objects: Vec<T>,
) -> Response {
    match format {
        Format::Json => (status, axum::Json(objects)).into_response(),
        Format::Xml => {
            let mut xml = format!("<?xml version=\"1.0\" encoding=\"utf-8\"?><{root}>");
            for object in &objects {
                xml.push_str(&format!("<{item}>"));
                write_xml_fields(
                    &mut xml,
                    &serde_json::to_value(object).unwrap_or(Value::Null),
                );
                xml.push_str(&format!("</{item}>"));
            }
            xml.push_str(&format!("</{root}>"));
            (
                status,
                [(header::CONTENT_TYPE, "text/xml; charset=utf-8")],
                xml,
            )
                .into_response()
        }
    }
}

/// An object's fields as XML elements; a list of objects becomes one element each, named by the
/// list's name without its plural `s` (`attributes` → `attribute`, `values` → `value`).
fn write_xml_fields(xml: &mut String, object: &Value) {
    let Value::Object(fields) = object else {
        return;
    };
    for (name, value) in fields {
        match value {
            Value::Null => xml.push_str(&format!("<{name}/>")),
            Value::Array(items) => {
                let singular = name.strip_suffix('s').unwrap_or(name);
                xml.push_str(&format!("<{name}>"));
                for item in items {
                    xml.push_str(&format!("<{singular}>"));
                    write_xml_fields(xml, item);
                    xml.push_str(&format!("</{singular}>"));
                }
                xml.push_str(&format!("</{name}>"));
            }
            Value::Object(_) => {
                xml.push_str(&format!("<{name}>"));
                write_xml_fields(xml, value);
                xml.push_str(&format!("</{name}>"));
            }
            Value::String(text) => {
                xml.push_str(&format!(
                    "<{name}>{}</{name}>",
                    crate::handlers::escape(text)
                ));
            }
            other => xml.push_str(&format!("<{name}>{other}</{name}>")),
        }
    }
}

/// The spec's error list.
pub(super) fn errors(format: Format, errors: Vec<Open311Error>) -> Response {
    let status = errors
        .first()
        .and_then(|error| StatusCode::from_u16(error.code).ok())
        .unwrap_or(StatusCode::BAD_REQUEST);
    answer(format, status, "errors", "error", errors)
}

pub(super) fn not_found(format: Format) -> Response {
    errors(
        format,
        vec![Open311Error::new(404, "Tidak ditemukan / not found")],
    )
}

pub(super) fn failure(format: Format, error: &dyn std::fmt::Display) -> Response {
    tracing::error!(%error, "open311 request failed");
    errors(
        format,
        vec![Open311Error::new(500, "Kesalahan server / server error")],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_format_is_the_extension() {
        assert_eq!(
            split_format("services.json"),
            Some(("services", Format::Json))
        );
        assert_eq!(
            split_format("ADU-7KQM-X3TB.xml"),
            Some(("ADU-7KQM-X3TB", Format::Xml))
        );
        assert_eq!(split_format("services"), None);
    }

    #[test]
    fn xml_nests_lists_and_escapes_text() {
        let mut xml = String::new();
        write_xml_fields(
            &mut xml,
            &serde_json::json!({"code": "a<b", "n": 2, "none": null, "attributes": [{"code": "nik"}]}),
        );
        assert_eq!(
            xml,
            "<attributes><attribute><code>nik</code></attribute></attributes><code>a&lt;b</code>\
             <n>2</n><none/>"
        );
    }
}
