<?php
/**
 * The preview of the contacts being edited: the settings page sends the editor's text each time
 * the checker passes it, and the preview's widget loads it back from this site, as the front
 * end loads the saved file. One draft per administrator, kept for an hour; nothing reaches the
 * front end until the form is saved.
 */

defined( 'ABSPATH' ) || exit;

/** The admin-ajax action (and nonce action) that keeps and serves the draft. */
const SAFE_EXIT_DRAFT_ACTION = 'safe_exit_contacts_draft';

/** The transient holding an administrator's draft. */
function safe_exit_draft_key( int $user_id ): string {
	return SAFE_EXIT_DRAFT_ACTION . '_' . $user_id;
}

/** The transient holding the text an administrator saved and the server refused. */
function safe_exit_refused_key( int $user_id ): string {
	return SAFE_EXIT_DRAFT_ACTION . '_refused_' . $user_id;
}

/**
 * Keeps a contacts text the server refused, for the settings page to show again in the editor:
 * without the browser's check (no JavaScript, no wasm) nothing else would keep what was typed.
 * At most the editor's text box limit, for an hour.
 */
function safe_exit_keep_refused_contacts( string $text ): void {
	if ( strlen( $text ) <= 2 * MB_IN_BYTES ) {
		set_transient( safe_exit_refused_key( get_current_user_id() ), $text, HOUR_IN_SECONDS );
	}
}

/** The refused text to show in the editor once (then forgotten), or null. */
function safe_exit_take_refused_contacts(): ?string {
	$key  = safe_exit_refused_key( get_current_user_id() );
	$text = get_transient( $key );
	if ( ! is_string( $text ) ) {
		return null;
	}
	delete_transient( $key );
	return $text;
}

/**
 * The address the preview's widget loads the current administrator's draft from: a path on
 * this site, as the widget's `src` requires, carrying the nonce.
 */
function safe_exit_draft_src(): string {
	$url = add_query_arg(
		array(
			'action'      => SAFE_EXIT_DRAFT_ACTION,
			'_ajax_nonce' => wp_create_nonce( SAFE_EXIT_DRAFT_ACTION ),
		),
		admin_url( 'admin-ajax.php' )
	);
	return wp_make_link_relative( $url );
}

/**
 * A POST keeps the posted text as the draft (refused, with the reason, when PHP finds it is
 * not a contacts file); a GET serves the draft as JSON. Administrators only, behind the nonce.
 */
function safe_exit_contacts_draft(): void {
	check_ajax_referer( SAFE_EXIT_DRAFT_ACTION );
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_send_json_error( null, 403 );
	}
	$key = safe_exit_draft_key( get_current_user_id() );
	if ( isset( $_POST['contacts'] ) ) {
		// phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- a JSON file, kept as sent (sanitising would change its text); checked by safe_exit_contacts_refusal() and again by the widget.
		$text    = trim( (string) wp_unslash( $_POST['contacts'] ) );
		$refusal = safe_exit_contacts_refusal( $text );
		if ( null !== $refusal ) {
			wp_send_json_error( $refusal, 400 );
		}
		set_transient( $key, $text, HOUR_IN_SECONDS );
		wp_send_json_success();
	}
	$text = get_transient( $key );
	if ( ! is_string( $text ) ) {
		wp_send_json_error( null, 404 );
	}
	header( 'Content-Type: application/json; charset=utf-8' );
	header( 'X-Content-Type-Options: nosniff' );
	header( 'Cache-Control: no-store' );
	echo $text; // phpcs:ignore WordPress.Security.EscapeOutput -- JSON, served as JSON.
	exit;
}
add_action( 'wp_ajax_' . SAFE_EXIT_DRAFT_ACTION, 'safe_exit_contacts_draft' );
