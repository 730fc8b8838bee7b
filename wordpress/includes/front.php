<?php
/**
 * The front end: the loader first in <head>, the element first in <body> (or, for a theme that
 * does not call wp_body_open, at the end of it: the bar floats, so it still shows at the top),
 * and optionally `Cache-Control: no-store`.
 */

defined( 'ABSPATH' ) || exit;

/**
 * The loader as a render-blocking module script, printed by hand: WordPress 6.1 has no API for
 * module scripts (wp_enqueue_script_module came in 6.5), and enqueued scripts are printed later
 * in <head>. Priority 0 comes before WordPress's own output at priority 1 (the title tag).
 * The two preloads fetch the first stage (core.js and its wasm) beside the loader instead of
 * after it, as in the README's snippet: about 0.1 s sooner armed on a slow phone network
 * (docs/performance.md). `data-cfasync="false"` keeps Cloudflare's Rocket Loader from
 * deferring the loader.
 */
function safe_exit_print_loader(): void {
	printf(
		"<script type=\"module\" src=\"%s\" blocking=\"render\" data-cfasync=\"false\"></script>\n<link rel=\"modulepreload\" href=\"%s\">\n<link rel=\"preload\" href=\"%s\" as=\"fetch\" crossorigin>\n",
		esc_url( safe_exit_loader_url() ),
		esc_url( safe_exit_bundle_url( 'core.js' ) ),
		esc_url( safe_exit_bundle_url( 'safe-exit-core.wasm' ) )
	);
}

/** Prints the element once per page, from whichever hook comes first. */
function safe_exit_print_element(): void {
	static $printed = false;
	if ( $printed ) {
		return;
	}
	$printed = true;
	echo safe_exit_element() . "\n"; // phpcs:ignore WordPress.Security.EscapeOutput -- escaped in safe_exit_element().
}

/** Sends `Cache-Control: no-store` on front-end pages when the site asks for it. */
function safe_exit_send_no_store(): void {
	if ( safe_exit_option( 'safe_exit_no_store' ) ) {
		header( 'Cache-Control: no-store' );
	}
}

add_action( 'wp_head', 'safe_exit_print_loader', 0 );
add_action( 'wp_body_open', 'safe_exit_print_element', 0 );
add_action( 'wp_footer', 'safe_exit_print_element', 0 );
add_action( 'send_headers', 'safe_exit_send_no_store' );
