<?php
/**
 * The exit destination rule, in PHP for the settings page. It is a port of the widget's own
 * rule, src/safe_url.rs (`check_absolute` with `Loopback::HttpsOnly`): the same steps in the
 * same order, the same helpers under the same names, the same refusals under the same codes (Rust's
 * `Refusal::code`, plus `utf8`, which Rust's strings cannot need), so that the two can be
 * read side by side; the settings page turns a code into its translated message. tests/wordpress/exit-urls.php guards the port: it
 * runs the shared corpus tests/corpus/exit-urls.json (the Rust verdicts and codes), and the
 * property tests' generated URLs, through this file.
 * Change the Rust rule first, then this copy. Kept free of WordPress functions but `__()`
 * (which the test defines) and of extensions such as mbstring or intl, so that the test can
 * run it with the plain PHP command line. Strings are handled as bytes, as Rust's `str`
 * methods do.
 */

defined( 'ABSPATH' ) || exit;

defined( 'SAFE_EXIT_MAX_URL_BYTES' ) || define( 'SAFE_EXIT_MAX_URL_BYTES', 2048 );
defined( 'SAFE_EXIT_MAX_EXIT_URLS' ) || define( 'SAFE_EXIT_MAX_EXIT_URLS', 10 );

/** ASCII white space as Rust's `u8::is_ascii_whitespace` has it (no vertical tab). */
const SAFE_EXIT_ASCII_WHITESPACE = " \t\n\f\r";

/**
 * Characters refused anywhere in a URL: Unicode white space (Rust's `char::is_whitespace`),
 * control characters (`char::is_control`: C0, DEL, C1), quotes, angle brackets, backquote and
 * backslash.
 */
const SAFE_EXIT_URL_FORBIDDEN = '/[\x{0}-\x{20}\x{7f}-\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}<>"\'`\\\\]/u';

/**
 * Checks one exit destination: an absolute `https://host/...` URL without credentials.
 *
 * @param string $url The address as typed.
 * @return array{0: ?string, 1: ?string} The URL without its surrounding ASCII white space and
 *                                       null, or null and the code of why it was refused.
 */
function safe_exit_check_exit_url( string $url ): array {
	// Rust's `&str` is valid UTF-8 by construction; PHP strings need not be.
	if ( ! preg_match( '//u', $url ) ) {
		return array( null, 'utf8' );
	}
	$url = trim( $url, SAFE_EXIT_ASCII_WHITESPACE );
	if ( strlen( $url ) > SAFE_EXIT_MAX_URL_BYTES ) {
		return array( null, 'long' );
	}
	if ( preg_match( SAFE_EXIT_URL_FORBIDDEN, $url ) ) {
		return array( null, 'chars' );
	}
	// strncasecmp compares ASCII letters only (PHP 8.2 and later), as `to_ascii_lowercase` does.
	if ( 0 === strncasecmp( $url, 'https://', 8 ) ) {
		$rest  = substr( $url, 8 );
		$https = true;
	} elseif ( 0 === strncasecmp( $url, 'http://', 7 ) ) {
		$rest  = substr( $url, 7 );
		$https = false;
	} else {
		return array( null, 'scheme' );
	}
	$authority = substr( $rest, 0, strcspn( $rest, '/?#' ) );
	if ( str_contains( $authority, '@' ) ) {
		return array( null, 'user' );
	}
	if ( preg_match( '/[\x80-\xff]/', $authority ) ) {
		return array( null, 'ascii' );
	}
	if ( str_starts_with( $authority, '[' ) ) {
		$end = strpos( $authority, ']', 1 );
		if ( false === $end || ! safe_exit_is_ipv6( substr( $authority, 1, $end - 1 ) ) ) {
			return array( null, 'ipv6' );
		}
		$host = substr( $authority, 0, $end + 1 );
		$port = substr( $authority, $end + 1 );
	} else {
		$colon = strpos( $authority, ':' );
		$host  = false === $colon ? $authority : substr( $authority, 0, $colon );
		$port  = false === $colon ? '' : substr( $authority, $colon );
	}
	if ( '' !== $port && ! ( str_starts_with( $port, ':' ) && safe_exit_is_port( substr( $port, 1 ) ) ) ) {
		return array( null, 'port' );
	}
	if ( ! str_starts_with( $host, '[' ) ) {
		$why = safe_exit_check_host( $host );
		if ( null !== $why ) {
			return array( null, $why );
		}
	}
	// The settings page is Rust's `Loopback::HttpsOnly`: plain http is refused even on loopback.
	if ( ! $https ) {
		return array( null, 'http' );
	}
	return array( $url, null );
}

/**
 * Why a destination was refused, in the administrator's language: the message of a code the
 * rule returns (Rust's `Refusal::message`, in the same words). Translations are keyed by
 * these messages, looked up by code, so rewording one only asks for its translation anew.
 */
function safe_exit_exit_url_reason( string $code ): string {
	switch ( $code ) {
		case 'utf8':
			return __( 'is not valid UTF-8 text', 'safe-exit' );
		case 'long':
			return __( 'is longer than 2048 characters', 'safe-exit' );
		case 'chars':
			return __( 'contains spaces, quotes, angle brackets, backslashes or control characters', 'safe-exit' );
		case 'scheme':
			return __( 'is not an absolute https:// URL', 'safe-exit' );
		case 'user':
			return __( 'carries a user name or password', 'safe-exit' );
		case 'ascii':
			return __( 'has letters outside ASCII in its host name; write the domain in its xn-- form (punycode)', 'safe-exit' );
		case 'ipv6':
			return __( 'has a malformed IPv6 address', 'safe-exit' );
		case 'port':
			return __( 'has a port that is not a number from 0 to 65535', 'safe-exit' );
		case 'nohost':
			return __( 'has no host name', 'safe-exit' );
		case 'dots':
			return __( 'has an empty part in its host name (a dot at the start or end, or two in a row)', 'safe-exit' );
		case 'ipv4':
			return __( 'has a host name that ends in a number but is not an IPv4 address (four numbers from 0 to 255, like 192.0.2.1)', 'safe-exit' );
		case 'label':
			return __( 'has a part of its host name longer than 63 characters', 'safe-exit' );
		case 'letters':
			return __( 'has a host name with characters other than letters, digits, dots and inner hyphens', 'safe-exit' );
		case 'xn':
			return __( 'has an xn-- part that is not the punycode of a Latin or Cyrillic (Kazakh, Russian) name', 'safe-exit' );
		case 'http':
			return __( 'uses plain http (only https is allowed)', 'safe-exit' );
		default:
			return $code;
	}
}

/** An empty port is allowed (the parser drops it); leading zeros do not count. */
function safe_exit_is_port( string $port ): bool {
	$n = safe_exit_decimal( $port );
	return null !== $n && $n <= 65535;
}

/** The value of a string of ASCII digits (at most 65536, which is enough to refuse), or null. */
function safe_exit_decimal( string $digits ): ?int {
	$n = 0;
	for ( $at = 0; $at < strlen( $digits ); ++$at ) {
		$b = ord( $digits[ $at ] );
		if ( $b < 0x30 || $b > 0x39 ) {
			return null;
		}
		$n = min( $n * 10 + $b - 0x30, 65536 );
	}
	return $n;
}

/**
 * A domain name in ASCII, or an IPv4 address in its usual form. The parser reads a host whose
 * last label is a number (or `0x…`) as an IPv4 address, so such a host must be one.
 *
 * @return ?string The code of why the host is refused, or null.
 */
function safe_exit_check_host( string $host ): ?string {
	$labels = explode( '.', $host );
	$last   = end( $labels );
	$hex    = 0 === strncasecmp( $last, '0x', 2 ) && strlen( $last ) >= 2 && strspn( $last, '0123456789abcdefABCDEF', 2 ) === strlen( $last ) - 2;
	if ( '' === $host ) {
		return 'nohost';
	}
	if ( in_array( '', $labels, true ) ) {
		return 'dots';
	}
	if ( $hex || null !== safe_exit_decimal( $last ) ) {
		return safe_exit_is_ipv4( $host ) ? null : 'ipv4';
	}
	foreach ( $labels as $label ) {
		if ( strlen( $label ) > 63 ) {
			return 'label';
		}
		if ( str_starts_with( $label, '-' ) || strspn( $label, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-' ) !== strlen( $label ) ) {
			return 'letters';
		}
		if ( 0 === strncasecmp( $label, 'xn--', 4 ) && strlen( $label ) >= 4 && ! safe_exit_is_known_punycode( substr( $label, 4 ) ) ) {
			return 'xn';
		}
	}
	return null;
}

/**
 * Four numbers from 0 to 255 in decimal, without leading zeros (which the parser would read
 * as octal).
 */
function safe_exit_is_ipv4( string $address ): bool {
	$parts = explode( '.', $address );
	if ( 4 !== count( $parts ) ) {
		return false;
	}
	foreach ( $parts as $part ) {
		$n = safe_exit_decimal( $part );
		if ( ! ( ( '0' === $part || ! str_starts_with( $part, '0' ) ) && null !== $n && $n <= 255 && '' !== $part ) ) {
			return false;
		}
	}
	return true;
}

/**
 * The WHATWG IPv6 syntax: eight groups of 1–4 hex digits, `::` once for a run of zero groups,
 * the last two groups optionally written as a dotted IPv4 address.
 */
function safe_exit_is_ipv6( string $address ): bool {
	$len        = strlen( $address );
	$groups     = 0;
	$compressed = str_starts_with( $address, '::' );
	$at         = $compressed ? 2 : 0;
	while ( $at < $len ) {
		if ( 8 === $groups ) {
			return false;
		}
		// The second colon of a `::`, or a lone leading one, which is no address.
		if ( ':' === $address[ $at ] ) {
			if ( $compressed || 0 === $at ) {
				return false;
			}
			$compressed = true;
			++$at;
			continue;
		}
		$start = $at;
		while ( $at < $len && $at - $start < 4 && 1 === strspn( $address, '0123456789abcdefABCDEF', $at, 1 ) ) {
			++$at;
		}
		if ( $at < $len && '.' === $address[ $at ] ) {
			return $groups <= 6 && safe_exit_is_ipv4( substr( $address, $start ) ) && $groups + 2 <= ( $compressed ? 7 : 8 ) && ( $compressed || 6 === $groups );
		}
		if ( $at === $start || ( $at < $len && ':' !== $address[ $at ] ) || $at + 1 === $len ) {
			return false;
		}
		++$groups;
		++$at;
	}
	return $compressed ? $groups <= 7 : 8 === $groups;
}

/** The letters `safe_exit_is_known_punycode` accepts, as Rust's `known`. */
function safe_exit_is_known_letter( int $c ): bool {
	return ( $c >= 0x61 && $c <= 0x7a ) || ( $c >= 0x30 && $c <= 0x39 ) || 0x2d === $c
		|| ( $c >= 0xdf && $c <= 0xf6 ) || ( $c >= 0xf8 && $c <= 0xff ) || ( $c >= 0x430 && $c <= 0x45f )
		|| in_array( $c, array( 0x493, 0x49b, 0x4a3, 0x4af, 0x4b1, 0x4bb, 0x4d9, 0x4e9 ), true );
}

/**
 * Whether `encoded` (after `xn--`) is valid punycode (RFC 3492) for a name in letters this
 * rule knows the browser keeps as they are: ASCII lowercase, digits and hyphens, Latin-1
 * lowercase letters, and the Cyrillic lowercase letters of Russian and Kazakh, with at least
 * one outside ASCII. Anything else may be mapped or refused by IDNA, so it is refused here.
 * Only which letters it decodes to matters, not where they go, so none is placed. PHP's
 * integers are 64 bits wide, so Rust's `u32` overflow checks are comparisons with U32_MAX.
 */
function safe_exit_is_known_punycode( string $encoded ): bool {
	$base    = 36;
	$u32_max = 0xffffffff;
	$dash    = strrpos( $encoded, '-' );
	$basic   = false === $dash ? '' : substr( $encoded, 0, $dash );
	$digits  = false === $dash ? $encoded : substr( $encoded, $dash + 1 );
	if ( '' === $digits ) {
		return false;
	}
	for ( $at = 0; $at < strlen( $basic ); ++$at ) {
		if ( ! safe_exit_is_known_letter( ord( strtolower( $basic[ $at ] ) ) ) ) {
			return false;
		}
	}
	$length = strlen( $basic );
	$n      = 128;
	$i      = 0;
	$bias   = 72;
	$first  = true;
	$next   = 0;
	$count  = strlen( $digits );
	while ( true ) {
		$old_i = $i;
		$w     = 1;
		$k     = $base;
		while ( true ) {
			if ( $next >= $count ) {
				return false;
			}
			$b = $digits[ $next++ ];
			if ( $b >= 'a' && $b <= 'z' ) {
				$digit = ord( $b ) - ord( 'a' );
			} elseif ( $b >= 'A' && $b <= 'Z' ) {
				$digit = ord( $b ) - ord( 'A' );
			} elseif ( $b >= '0' && $b <= '9' ) {
				$digit = ord( $b ) - ord( '0' ) + 26;
			} else {
				return false;
			}
			$i += $digit * $w;
			if ( $digit * $w > $u32_max || $i > $u32_max ) {
				return false;
			}
			$t = $k <= $bias ? 1 : ( $k >= $bias + 26 ? 26 : $k - $bias );
			if ( $digit < $t ) {
				break;
			}
			$w *= $base - $t;
			if ( $w > $u32_max ) {
				return false;
			}
			$k += $base;
		}
		++$length;
		$delta = $first ? intdiv( $i - $old_i, 700 ) : intdiv( $i - $old_i, 2 );
		$first = false;
		$delta += intdiv( $delta, $length );
		$k      = 0;
		while ( $delta > intdiv( ( $base - 1 ) * 26, 2 ) ) {
			$delta = intdiv( $delta, $base - 1 );
			$k    += $base;
		}
		$bias = $k + intdiv( $base * $delta, $delta + 38 );
		$n   += intdiv( $i, $length );
		if ( $n > $u32_max ) {
			return false;
		}
		$i = $i % $length + 1;
		if ( ! safe_exit_is_known_letter( $n ) ) {
			return false;
		}
		if ( $next === $count ) {
			return true;
		}
	}
}

/**
 * Reads a list of destinations, one per line or separated by spaces, as the `exit-url`
 * attribute lists them.
 *
 * @param string $text What the administrator typed.
 * @return array{0: string[], 1: array<array{0: string, 1: string}>} The accepted URLs, and each refused one with the code of why.
 */
function safe_exit_parse_exit_urls( string $text ): array {
	$urls     = array();
	$refusals = array();
	// Only ASCII white space separates, as Rust's `split_ascii_whitespace` (no vertical tab):
	// any other is inside a URL, where the rule refuses it.
	foreach ( preg_split( '/[ \t\r\n\f]+/', $text, -1, PREG_SPLIT_NO_EMPTY ) as $candidate ) {
		[ $url, $why ] = safe_exit_check_exit_url( $candidate );
		if ( null === $url ) {
			$refusals[] = array( $candidate, $why );
		} else {
			$urls[] = $url;
		}
	}
	return array( $urls, $refusals );
}
