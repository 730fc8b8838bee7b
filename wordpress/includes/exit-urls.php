<?php
/**
 * The exit destination rule, in PHP for the settings page: the same verdicts as the widget's
 * own rule (src/safe_url.rs, `check_absolute` with https only), checked against the shared
 * corpus tests/corpus/exit-urls.json by tests/wordpress/exit-urls.php. Kept free of WordPress
 * functions so that the test can run it with the plain PHP command line.
 */

defined( 'SAFE_EXIT_MAX_URL_BYTES' ) || define( 'SAFE_EXIT_MAX_URL_BYTES', 2048 );
defined( 'SAFE_EXIT_MAX_EXIT_URLS' ) || define( 'SAFE_EXIT_MAX_EXIT_URLS', 10 );

/**
 * Characters the rule refuses anywhere in a URL: Unicode white space (as Rust's
 * `char::is_whitespace`), control characters (`char::is_control`: C0, DEL, C1), quotes, angle
 * brackets, backquote and backslash.
 */
const SAFE_EXIT_URL_FORBIDDEN = '/[\x{0}-\x{20}\x{7f}-\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}<>"\'`\\\\]/u';

/** Unicode white space at either end, trimmed as Rust's `str::trim` does. */
const SAFE_EXIT_URL_TRIM = '/^[\x{9}-\x{d}\x{20}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]+|[\x{9}-\x{d}\x{20}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]+$/u';

/**
 * Checks one exit destination.
 *
 * @param string $url The address as typed.
 * @return array{0: ?string, 1: ?string} The trimmed URL and null, or null and why it was refused.
 */
function safe_exit_check_exit_url( string $url ): array {
	$trimmed = preg_replace( SAFE_EXIT_URL_TRIM, '', $url );
	if ( null === $trimmed ) {
		return array( null, 'is not valid UTF-8 text' );
	}
	$url = $trimmed;
	if ( strlen( $url ) > SAFE_EXIT_MAX_URL_BYTES ) {
		return array( null, 'is longer than 2048 characters' );
	}
	if ( preg_match( SAFE_EXIT_URL_FORBIDDEN, $url ) ) {
		return array( null, 'contains spaces, quotes, angle brackets or control characters' );
	}
	if ( 0 === strncasecmp( $url, 'https://', 8 ) ) {
		$rest = substr( $url, 8 );
	} elseif ( 0 === strncasecmp( $url, 'http://', 7 ) ) {
		return array( null, 'uses plain http (only https is allowed)' );
	} else {
		return array( null, 'is not an absolute https:// URL' );
	}
	$authority = preg_split( '/[\/?#]/', $rest, 2 )[0];
	if ( str_contains( $authority, '@' ) ) {
		return array( null, 'carries a user name or password' );
	}
	if ( ! safe_exit_is_host_and_port( $authority ) ) {
		return array( null, 'has a malformed host or port' );
	}
	return array( $url, null );
}

/**
 * Whether `host[:port]` or `[ipv6][:port]` is an authority a browser can parse, so that an exit
 * to it cannot throw and leave the visitor on the page.
 */
function safe_exit_is_host_and_port( string $authority ): bool {
	if ( str_starts_with( $authority, '[' ) ) {
		$end = strpos( $authority, ']' );
		if ( false === $end || $end < 2 || ! preg_match( '/^[0-9a-fA-F:.]+$/', substr( $authority, 1, $end - 1 ) ) ) {
			return false;
		}
		$port = substr( $authority, $end + 1 );
	} else {
		$colon = strpos( $authority, ':' );
		$host  = false === $colon ? $authority : substr( $authority, 0, $colon );
		$port  = false === $colon ? '' : substr( $authority, $colon );
		foreach ( explode( '.', $host ) as $label ) {
			// ASCII letters, digits and dashes, or any non-ASCII letter; no leading dash.
			if ( '' === $label || str_starts_with( $label, '-' ) || preg_match( '/[\x00-\x2c\x2e-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]/', $label ) ) {
				return false;
			}
		}
	}
	return '' === $port || 1 === preg_match( '/^:[0-9]{1,5}$/', $port );
}

/**
 * Reads a list of destinations, one per line or separated by spaces, as the `exit-url`
 * attribute lists them.
 *
 * @param string $text What the administrator typed.
 * @return array{0: string[], 1: array<array{0: string, 1: string}>} The accepted URLs, and each refused one with why.
 */
function safe_exit_parse_exit_urls( string $text ): array {
	$urls     = array();
	$refusals = array();
	// Only ASCII white space separates: any other is inside a URL, where the rule refuses it.
	foreach ( preg_split( '/[ \t\r\n\f\v]+/', $text, -1, PREG_SPLIT_NO_EMPTY ) as $candidate ) {
		[ $url, $why ] = safe_exit_check_exit_url( $candidate );
		if ( null === $url ) {
			$refusals[] = array( $candidate, $why );
		} else {
			$urls[] = $url;
		}
	}
	return array( $urls, $refusals );
}
