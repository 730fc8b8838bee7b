<?php
/**
 * What the settings page warns about: a theme that does not call wp_body_open, and active
 * plugins known to defer, delay or combine scripts (which would hold up the loader).
 */

defined( 'ABSPATH' ) || exit;

/**
 * Whether the active theme calls wp_body_open. Block themes always do (WordPress's block
 * template canvas calls it); a classic theme does if its header.php, or its parent's, does.
 */
function safe_exit_theme_calls_body_open(): bool {
	if ( wp_is_block_theme() ) {
		return true;
	}
	foreach ( array_unique( array( get_stylesheet_directory(), get_template_directory() ) ) as $directory ) {
		$header = $directory . '/header.php';
		if ( is_readable( $header ) && str_contains( (string) safe_exit_read_local_file( $header ), 'wp_body_open' ) ) {
			return true;
		}
	}
	return false;
}

/**
 * Active optimisation plugins that defer, delay or combine JavaScript.
 *
 * @return string[] Their names.
 */
function safe_exit_active_optimisers(): array {
	$known = array(
		'autoptimize/autoptimize.php'                  => 'Autoptimize',
		'wp-rocket/wp-rocket.php'                      => 'WP Rocket',
		'litespeed-cache/litespeed-cache.php'          => 'LiteSpeed Cache',
		'w3-total-cache/w3-total-cache.php'            => 'W3 Total Cache',
		'sg-cachepress/sg-cachepress.php'              => 'SiteGround Optimizer',
		'jetpack-boost/jetpack-boost.php'              => 'Jetpack Boost',
		'wp-optimize/wp-optimize.php'                  => 'WP-Optimize',
		'wp-fastest-cache/wpFastestCache.php'          => 'WP Fastest Cache',
		'hummingbird-performance/wp-hummingbird.php'   => 'Hummingbird',
		'perfmatters/perfmatters.php'                  => 'Perfmatters',
		'flying-scripts/flying-scripts.php'            => 'Flying Scripts',
	);
	$active = (array) get_option( 'active_plugins', array() );
	return array_values( array_intersect_key( $known, array_flip( $active ) ) );
}

/** Prints the warnings that apply. */
function safe_exit_print_warnings(): void {
	if ( ! safe_exit_theme_calls_body_open() ) {
		printf(
			'<div class="notice notice-warning" id="safe-exit-no-body-open"><p>%s</p></div>',
			esc_html__( 'Your theme does not call wp_body_open, so the exit cannot be printed first in the page: it is printed at the end of the page instead. The floating bar still shows at the top or bottom of the window, but the fallback link comes last for keyboard and screen reader users until the widget has loaded. A theme that calls wp_body_open (every block theme and most recent themes do) puts it first.', 'safe-exit' )
		);
	}
	$optimisers = safe_exit_active_optimisers();
	if ( $optimisers ) {
		printf(
			'<div class="notice notice-warning" id="safe-exit-optimisers"><p>%s</p><p>%s</p></div>',
			/* translators: %s: plugin names, e.g. "Autoptimize, WP Rocket". */
			esc_html( sprintf( __( 'Active: %s. Plugins that combine, defer or delay JavaScript must leave the Safe Exit loader alone, or the guard against Back and the exit itself wait for them.', 'safe-exit' ), implode( ', ', $optimisers ) ) ),
			esc_html__( 'In the plugin’s settings, exclude “safe-exit-guard.js” and “safe-exit.js” (and the folder wp-content/plugins/safe-exit/embed/) from combining, minifying, deferring and delaying JavaScript, then check a page’s source: the guard must still be the first script in <head>, and the loader a module script with blocking="render".', 'safe-exit' )
		);
	}
}
