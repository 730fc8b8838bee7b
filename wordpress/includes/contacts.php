<?php
/**
 * The site's own contacts file: what PHP can check before it is saved (the full check is the
 * widget's, run on the settings page before saving and again by the widget when it loads the
 * file), and the address the widget fetches it from.
 */

defined( 'ABSPATH' ) || exit;

/** The format the widget reads, and the largest file it reads (src/directory/format.rs). */
const SAFE_EXIT_CONTACTS_SCHEMA    = 'safe-exit/directory/v1';
const SAFE_EXIT_CONTACTS_MAX_BYTES = 1048576;
/** The query parameter that serves the file. */
const SAFE_EXIT_CONTACTS_QUERY = 'safe-exit-contacts';

/**
 * Why a contacts file cannot be saved, or null when PHP finds nothing wrong with it.
 */
function safe_exit_contacts_refusal( string $text ): ?string {
	if ( strlen( $text ) > SAFE_EXIT_CONTACTS_MAX_BYTES ) {
		/* translators: %s: the largest size, e.g. "1 MB". */
		return sprintf( __( 'The contacts file is larger than %s, the most the widget reads.', 'safe-exit' ), size_format( SAFE_EXIT_CONTACTS_MAX_BYTES ) );
	}
	$data = json_decode( $text, true, 64 );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		/* translators: %s: the JSON parser's message, e.g. "Syntax error". */
		return sprintf( __( 'The contacts file is not valid JSON (%s).', 'safe-exit' ), json_last_error_msg() );
	}
	if ( ! is_array( $data ) || ( $data['schema'] ?? null ) !== SAFE_EXIT_CONTACTS_SCHEMA ) {
		/* translators: %s: the format's name, safe-exit/directory/v1. */
		return sprintf( __( 'The contacts file must be an object whose "schema" is "%s".', 'safe-exit' ), SAFE_EXIT_CONTACTS_SCHEMA );
	}
	return null;
}

/**
 * The address the widget fetches the site's contacts from: a path on this site (the widget's
 * `src` accepts same-origin paths), changing with the contents so that no cache serves an old
 * file. Null while the built-in data is chosen.
 */
function safe_exit_contacts_src(): ?string {
	$json = safe_exit_option( 'safe_exit_contacts_json' );
	if ( 'custom' !== safe_exit_option( 'safe_exit_contacts_source' ) || '' === $json ) {
		return null;
	}
	$home = wp_make_link_relative( home_url( '/' ) );
	return add_query_arg( SAFE_EXIT_CONTACTS_QUERY, substr( md5( $json ), 0, 12 ), '' === $home ? '/' : $home );
}

/** Serves the stored file to the widget, before WordPress renders any page. */
function safe_exit_serve_contacts(): void {
	if ( ! isset( $_GET[ SAFE_EXIT_CONTACTS_QUERY ] ) || null === safe_exit_contacts_src() ) {
		return;
	}
	header( 'Content-Type: application/json; charset=utf-8' );
	header( 'X-Content-Type-Options: nosniff' );
	header( 'Cache-Control: public, max-age=86400' );
	echo safe_exit_option( 'safe_exit_contacts_json' ); // phpcs:ignore WordPress.Security.EscapeOutput -- JSON, served as JSON.
	exit;
}
add_action( 'init', 'safe_exit_serve_contacts', 0 );
