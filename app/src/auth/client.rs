//! Who is calling, as the per-client limits count it.
//!
//! Behind a reverse proxy every connection comes from the proxy, so the socket's peer alone would
//! put a whole regency in one bucket. Only when the peer is one of the configured
//! [`TrustedProxies`] is the forwarded header read, and then from the right: the right-most
//! address not itself a trusted proxy is the client. Everything to its left was written by the
//! client and may be forged; a peer that is not trusted is the client whatever it claims.
//!
//! IPv6 clients are counted per /64: one subscriber commonly holds a whole /64 and can pick any
//! address in it.

use crate::settings::{ForwardedHeader, TrustedProxies};
use crate::state::AppState;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::HeaderMap;
use axum::http::request::Parts;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};

/// The client's network as the rate limits count it: a keyed pseudonym, since the address itself
/// is personal data (only the pseudonym is stored, for a day at most).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientNetwork(pub String);

impl FromRequestParts<AppState> for ClientNetwork {
    type Rejection = <ConnectInfo<SocketAddr> as FromRequestParts<AppState>>::Rejection;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let ConnectInfo(peer) = ConnectInfo::<SocketAddr>::from_request_parts(parts, state).await?;
        Ok(ClientNetwork::of(
            state,
            client_address(peer.ip(), &parts.headers, &state.trusted_proxies),
        ))
    }
}

impl ClientNetwork {
    /// The pseudonym of `address`'s network (the address itself for IPv4, its /64 for IPv6).
    pub fn of(state: &AppState, address: IpAddr) -> ClientNetwork {
        ClientNetwork(state.protector.pseudonym(&network_of(address).to_string()))
    }
}

/// The address or network a client is counted as.
fn network_of(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V4(v4) => IpAddr::V4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let [a, b, c, d, ..] = v6.segments();
                IpAddr::V6(Ipv6Addr::new(a, b, c, d, 0, 0, 0, 0))
            }
        },
    }
}

/// The client's address: the peer itself unless it is a trusted proxy; then the right-most
/// forwarded address that is not a trusted proxy (or the left-most one, when every hop is).
pub fn client_address(peer: IpAddr, headers: &HeaderMap, trusted: &TrustedProxies) -> IpAddr {
    if !trusted.contains(peer) {
        return peer;
    }
    let chain = forwarded_chain(headers, trusted.header());
    chain
        .iter()
        .rev()
        .find(|address| !trusted.contains(**address))
        .or(chain.first())
        .copied()
        .unwrap_or(peer)
}

/// The addresses of the forwarded header, left (first hop) to right (last), across repeated
/// headers. A malformed entry ends the chain there: what lies left of it cannot be trusted to be
/// the proxy's writing, so only what lies right of it is kept.
fn forwarded_chain(headers: &HeaderMap, header: ForwardedHeader) -> Vec<IpAddr> {
    let mut chain = Vec::new();
    let values = headers.get_all(header.name());
    for value in values {
        let Ok(value) = value.to_str() else {
            chain.clear();
            continue;
        };
        for entry in value.split(',') {
            let address = match header {
                ForwardedHeader::XForwardedFor => parse_address(entry.trim()),
                ForwardedHeader::Forwarded => forwarded_for(entry),
            };
            match address {
                Some(address) => chain.push(address),
                None => chain.clear(),
            }
        }
    }
    chain
}

/// The `for=` parameter of one `Forwarded` element (RFC 7239).
fn forwarded_for(element: &str) -> Option<IpAddr> {
    element.split(';').find_map(|pair| {
        let (key, value) = pair.trim().split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("for")
            .then(|| parse_address(value.trim().trim_matches('"')))?
    })
}

/// An address as proxies write it: `1.2.3.4`, `1.2.3.4:5678`, `2001:db8::1` or `[2001:db8::1]:80`.
fn parse_address(text: &str) -> Option<IpAddr> {
    if let Ok(address) = text.parse::<IpAddr>() {
        return Some(address);
    }
    if let Ok(socket) = text.parse::<SocketAddr>() {
        return Some(socket.ip());
    }
    let bracketed = text.strip_prefix('[')?;
    bracketed.split_once(']')?.0.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;
    use proptest::prelude::*;

    fn proxies(list: &str, header: ForwardedHeader) -> TrustedProxies {
        TrustedProxies::parse(list, header).unwrap()
    }

    fn headers(name: &str, values: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append(
                axum::http::HeaderName::from_bytes(name.as_bytes()).unwrap(),
                HeaderValue::from_str(value).unwrap(),
            );
        }
        headers
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn without_trusted_proxies_the_peer_is_the_client_whatever_it_claims() {
        let none = TrustedProxies::default();
        let claimed = headers("x-forwarded-for", &["203.0.113.9"]);
        assert_eq!(
            client_address(ip("10.0.0.1"), &claimed, &none),
            ip("10.0.0.1")
        );
    }

    #[test]
    fn an_untrusted_peer_is_the_client_even_when_proxies_are_configured() {
        let trusted = proxies("10.0.0.0/8", ForwardedHeader::XForwardedFor);
        let claimed = headers("x-forwarded-for", &["203.0.113.9"]);
        assert_eq!(
            client_address(ip("198.51.100.7"), &claimed, &trusted),
            ip("198.51.100.7")
        );
    }

    #[test]
    fn behind_a_trusted_proxy_the_right_most_untrusted_address_is_the_client() {
        let trusted = proxies("10.0.0.1/32, 10.0.0.2", ForwardedHeader::XForwardedFor);
        // The client forged the first entry; the proxies appended the real one and each other.
        let forged = headers("x-forwarded-for", &["1.1.1.1, 198.51.100.7", "10.0.0.2"]);
        assert_eq!(
            client_address(ip("10.0.0.1"), &forged, &trusted),
            ip("198.51.100.7")
        );
    }

    #[test]
    fn a_trusted_proxy_without_the_header_is_its_own_client() {
        let trusted = proxies("127.0.0.1", ForwardedHeader::XForwardedFor);
        assert_eq!(
            client_address(ip("127.0.0.1"), &HeaderMap::new(), &trusted),
            ip("127.0.0.1")
        );
    }

    #[test]
    fn the_forwarded_header_is_read_by_its_for_parameter_when_chosen() {
        let trusted = proxies("10.0.0.1", ForwardedHeader::Forwarded);
        let forwarded = headers(
            "forwarded",
            &["for=192.0.2.60;proto=http, for=\"[2001:db8:cafe::17]:4711\";by=10.0.0.1"],
        );
        assert_eq!(
            client_address(ip("10.0.0.1"), &forwarded, &trusted),
            ip("2001:db8:cafe::17")
        );
        // The other header is the client's own writing under this setting.
        let other = headers("x-forwarded-for", &["203.0.113.9"]);
        assert_eq!(
            client_address(ip("10.0.0.1"), &other, &trusted),
            ip("10.0.0.1")
        );
    }

    #[test]
    fn garbage_in_the_chain_keeps_only_what_the_proxy_wrote_after_it() {
        let trusted = proxies("10.0.0.1", ForwardedHeader::XForwardedFor);
        let messy = headers("x-forwarded-for", &["not-an-address, 198.51.100.7"]);
        assert_eq!(
            client_address(ip("10.0.0.1"), &messy, &trusted),
            ip("198.51.100.7")
        );
    }

    #[test]
    fn ipv6_clients_are_counted_per_slash_64_and_mapped_ipv4_as_ipv4() {
        assert_eq!(
            network_of(ip("2001:db8:1:2:aaaa:bbbb:cccc:dddd")),
            network_of(ip("2001:db8:1:2::1"))
        );
        assert_ne!(
            network_of(ip("2001:db8:1:2::1")),
            network_of(ip("2001:db8:1:3::1"))
        );
        assert_eq!(network_of(ip("::ffff:192.0.2.1")), ip("192.0.2.1"));
    }

    proptest! {
        /// Whatever a client writes in front of the proxy's entry, it is counted as itself.
        #[test]
        fn nothing_a_client_prepends_changes_who_it_is(
            forged in proptest::collection::vec(any::<[u8; 4]>(), 0..6),
            client in any::<[u8; 4]>(),
        ) {
            let client = IpAddr::from(client);
            prop_assume!(!client.is_loopback());
            let trusted = proxies("127.0.0.0/8", ForwardedHeader::XForwardedFor);
            let mut entries: Vec<String> =
                forged.iter().map(|octets| IpAddr::from(*octets).to_string()).collect();
            entries.push(client.to_string());
            let header = headers("x-forwarded-for", &[&entries.join(", ")]);
            prop_assert_eq!(client_address(ip("127.0.0.1"), &header, &trusted), client);
        }
    }
}
