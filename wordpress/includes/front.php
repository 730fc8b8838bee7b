<?php
/**
 * The front end: the loader in <head>, room for the bar, the element first in <body> (or, for a theme that
 * does not call wp_body_open, at the end of it: the bar floats, so it still shows at the top),
 * and optionally `Cache-Control: no-store`.
 */

defined( 'ABSPATH' ) || exit;

/** The loader's script-module id; WordPress prints it with the id "safe-exit-js-module". */
const SAFE_EXIT_LOADER_MODULE = 'safe-exit';

/**
 * Whether WordPress prints script modules, after its import map, in <head>: from 6.5, for
 * block themes. A module script or modulepreload printed before an import map makes Firefox
 * ignore the map, and with it every Interactivity API block (the navigation's overlay menu).
 */
function safe_exit_modules_in_head(): bool {
	return function_exists( 'wp_enqueue_script_module' ) && wp_is_block_theme();
}

/**
 * The loader as a render-blocking module script, so that its guard against Back runs before
 * the first paint (Chromium): through the script-modules API where WordPress prints modules in
 * <head> (after its import map), else first in <head> through wp_print_script_tag(), since
 * WordPress 6.1 cannot enqueue modules and, for classic themes, prints them only in the
 * footer, too late for the guard (docs/wordpress.md). The first stage (core.js) is preloaded
 * beside the loader: about 0.1 s sooner armed on a slow phone network (docs/performance.md).
 */
function safe_exit_enqueue_loader(): void {
	if ( ! safe_exit_modules_in_head() ) {
		return;
	}
	// A static dependency is only preloaded (and named in the import map): the loader imports
	// core.js by its own relative URL, which is this one, unversioned.
	wp_register_script_module( 'safe-exit-core', safe_exit_bundle_url( 'core.js' ), array(), null );
	wp_enqueue_script_module( SAFE_EXIT_LOADER_MODULE, safe_exit_loader_url(), array( 'safe-exit-core' ), null );
}

/**
 * First in <head> (priority 0, before WordPress's own output): the guard, a classic script that
 * hides a page brought back after an exit before its first paint in every engine (Firefox
 * ignores blocking="render"; docs/paint-after-exit.md); the first stage's wasm preload (neither
 * is a module, so neither has a bearing on import maps); and where the API does not print the
 * loader in <head>, the loader and its first stage's preload.
 */
function safe_exit_print_loader(): void {
	wp_print_script_tag(
		array(
			'src'          => add_query_arg( 'ver', SAFE_EXIT_VERSION, safe_exit_bundle_url( 'safe-exit-guard.js' ) ),
			'id'           => 'safe-exit-guard-js',
			'data-cfasync' => 'false',
		)
	);
	if ( ! safe_exit_modules_in_head() ) {
		// Its own attributes come through the wp_script_attributes filter below.
		wp_print_script_tag(
			array(
				'type' => 'module',
				'src'  => safe_exit_loader_url(),
				'id'   => SAFE_EXIT_LOADER_MODULE . '-js-module',
			)
		);
		printf( "<link rel=\"modulepreload\" href=\"%s\">\n", esc_url( safe_exit_bundle_url( 'core.js' ) ) );
	}
	printf( "<link rel=\"preload\" href=\"%s\" as=\"fetch\" crossorigin>\n", esc_url( safe_exit_bundle_url( 'safe-exit-core.wasm' ) ) );
}

/**
 * The loader's own attributes, added to its tag however it is printed: render-blocking, and
 * `data-cfasync="false"` so that Cloudflare's Rocket Loader does not defer it.
 *
 * @param array<string, string|bool> $attributes A script tag's attributes.
 * @return array<string, string|bool>
 */
function safe_exit_loader_attributes( array $attributes ): array {
	if ( ( $attributes['id'] ?? '' ) !== SAFE_EXIT_LOADER_MODULE . '-js-module' ) {
		return $attributes;
	}
	return array_merge(
		$attributes,
		array(
			'blocking'     => 'render',
			'data-cfasync' => 'false',
		)
	);
}
add_filter( 'wp_script_attributes', 'safe_exit_loader_attributes' );

/** Prints the element once per page, from whichever hook comes first. */
function safe_exit_print_element(): void {
	static $printed = false;
	if ( $printed ) {
		return;
	}
	$printed = true;
	echo safe_exit_element() . "\n"; // phpcs:ignore WordPress.Security.EscapeOutput -- escaped in safe_exit_element().
}

/**
 * Room for the floating bar, so that it covers nothing of the theme's: the header's menu at
 * the top of wide screens, the footer's links at the bottom of phones. The bar is 48 px of
 * buttons, 8 px in from the edge, with the shortcut's hint below them on wide screens
 * (static/widget.css): 88 px with it, 64 px without. A class on <body>, so that the rule wins
 * over a theme's own `body { padding: 0 }`.
 */
function safe_exit_space_css(): string {
	$position = safe_exit_option( 'safe_exit_position' );
	$wide     = 'none' === safe_exit_option( 'safe_exit_shortcut' ) ? 64 : 88;
	$rules    = array(
		'top'    => sprintf( 'body.safe-exit-space{padding-top:%dpx}', $wide ),
		'bottom' => sprintf( 'body.safe-exit-space{padding-bottom:%dpx}', $wide ),
		// The widget's own breakpoint: at the bottom on phones, at the top on wide screens.
		'auto'   => sprintf( '@media (max-width:640px){body.safe-exit-space{padding-bottom:64px}}@media (min-width:641px){body.safe-exit-space{padding-top:%dpx}}', $wide ),
	);
	return $rules[ $position ] ?? '';
}

/** Adds the room's stylesheet, inline, through the styles API. */
function safe_exit_enqueue_space(): void {
	$css = safe_exit_space_css();
	if ( '' === $css ) {
		return;
	}
	wp_register_style( 'safe-exit-space', false, array(), SAFE_EXIT_VERSION );
	wp_enqueue_style( 'safe-exit-space' );
	wp_add_inline_style( 'safe-exit-space', $css );
}

/**
 * The class the room's rule applies to.
 *
 * @param string[] $classes The body's classes.
 * @return string[]
 */
function safe_exit_body_class( array $classes ): array {
	if ( '' !== safe_exit_space_css() ) {
		$classes[] = 'safe-exit-space';
	}
	return $classes;
}

/** Sends `Cache-Control: no-store` on front-end pages when the site asks for it. */
function safe_exit_send_no_store(): void {
	if ( safe_exit_option( 'safe_exit_no_store' ) ) {
		header( 'Cache-Control: no-store' );
	}
}

add_action( 'wp_enqueue_scripts', 'safe_exit_enqueue_loader' );
add_action( 'wp_head', 'safe_exit_print_loader', 0 );
add_action( 'wp_enqueue_scripts', 'safe_exit_enqueue_space' );
add_filter( 'body_class', 'safe_exit_body_class' );
add_action( 'wp_body_open', 'safe_exit_print_element', 0 );
add_action( 'wp_footer', 'safe_exit_print_element', 0 );
add_action( 'send_headers', 'safe_exit_send_no_store' );
