<?php
/**
 * The `<safe-exit>` element with its fallback link, and the loader's address: printed on the
 * front end and, for the live preview, on the settings page.
 */

defined( 'ABSPATH' ) || exit;

/** The address of a file of the bundle the build copies into embed/. */
function safe_exit_bundle_url( string $file ): string {
	return plugins_url( 'embed/' . $file, SAFE_EXIT_FILE );
}

/**
 * The loader's address, with the plugin's version so that caches drop it on an update. Only the
 * loader gets it: the loader finds the other files beside itself.
 */
function safe_exit_loader_url(): string {
	return add_query_arg( 'ver', SAFE_EXIT_VERSION, safe_exit_bundle_url( 'safe-exit.js' ) );
}

/**
 * The fallback link's text in a language: the widget's own exit button label (src/i18n), so
 * that the link reads the same before and after the widget is up.
 */
function safe_exit_link_text( string $lang ): string {
	$labels = array(
		'kk' => 'Беттен шығу',
		'ru' => 'Покинуть страницу',
		'en' => 'Exit this page',
	);
	if ( '' === $lang ) {
		$lang = strtolower( substr( get_locale(), 0, 2 ) );
	}
	return $labels[ $lang ] ?? $labels['ru'];
}

/**
 * The element's attributes from the settings.
 *
 * @param array<string, mixed> $overrides Values that replace the settings (the preview's).
 * @return array<string, string|true>
 */
function safe_exit_element_attributes( array $overrides = array() ): array {
	$attributes = array(
		'exit-url'      => implode( ' ', safe_exit_option( 'safe_exit_exit_urls' ) ),
		'lang'          => safe_exit_option( 'safe_exit_lang' ),
		'shortcut'      => safe_exit_option( 'safe_exit_shortcut' ),
		'position'      => safe_exit_option( 'safe_exit_position' ),
		'clear-storage' => safe_exit_option( 'safe_exit_clear_storage' ),
		'stealth'       => safe_exit_option( 'safe_exit_stealth' ),
		'new-tab'       => safe_exit_option( 'safe_exit_new_tab' ),
		'src'           => safe_exit_contacts_src() ?? '',
	);
	return array_filter( array_merge( $attributes, $overrides ), static fn ( $value ) => '' !== $value && false !== $value );
}

/**
 * The element's markup.
 *
 * @param array<string, mixed> $overrides See safe_exit_element_attributes().
 */
function safe_exit_element( array $overrides = array() ): string {
	$attributes = safe_exit_element_attributes( $overrides );
	$markup     = '<safe-exit';
	foreach ( $attributes as $name => $value ) {
		$markup .= true === $value ? ' ' . $name : sprintf( ' %s="%s"', $name, esc_attr( $value ) );
	}
	$first = safe_exit_option( 'safe_exit_exit_urls' )[0];
	return $markup . sprintf(
		'><a href="%s" rel="noreferrer">%s</a></safe-exit>',
		esc_url( $first ),
		esc_html( safe_exit_link_text( $attributes['lang'] ?? '' ) )
	);
}
