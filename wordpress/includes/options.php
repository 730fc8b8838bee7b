<?php
/**
 * Every option the plugin stores, with its default: the settings page registers these, the
 * front end reads them, and uninstall.php deletes exactly these.
 */

defined( 'ABSPATH' ) || exit;

const SAFE_EXIT_DEFAULT_EXIT_URL = 'https://www.bbc.com/weather';

/**
 * The options and their defaults.
 *
 * @return array<string, mixed>
 */
function safe_exit_option_defaults(): array {
	return array(
		'safe_exit_exit_urls'       => array( SAFE_EXIT_DEFAULT_EXIT_URL ),
		'safe_exit_lang'            => '',
		'safe_exit_shortcut'        => 'shift3',
		'safe_exit_position'        => 'auto',
		'safe_exit_stealth'         => false,
		'safe_exit_new_tab'         => false,
		'safe_exit_clear_storage'   => 'none',
		'safe_exit_contacts_source' => 'builtin',
		'safe_exit_contacts_json'   => '',
		'safe_exit_no_store'        => false,
	);
}

/** The values each choice option accepts (the widget's attribute values; '' is "automatic"). */
function safe_exit_choices(): array {
	return array(
		'safe_exit_lang'            => array( '', 'kk', 'ru', 'en' ),
		'safe_exit_shortcut'        => array( 'shift3', 'escape2', 'none' ),
		'safe_exit_position'        => array( 'auto', 'top', 'bottom', 'inline' ),
		'safe_exit_clear_storage'   => array( 'none', 'session', 'all' ),
		'safe_exit_contacts_source' => array( 'builtin', 'custom' ),
	);
}

/**
 * An option's stored value, read back through the same checks as on saving, so that a value
 * written around the settings page (a database edit, another plugin) is never printed as it is.
 */
function safe_exit_option( string $name ): mixed {
	$defaults = safe_exit_option_defaults();
	$value    = get_option( $name, $defaults[ $name ] );
	$choices  = safe_exit_choices();
	if ( isset( $choices[ $name ] ) ) {
		return in_array( $value, $choices[ $name ], true ) ? $value : $defaults[ $name ];
	}
	if ( is_bool( $defaults[ $name ] ) ) {
		return (bool) $value;
	}
	if ( 'safe_exit_exit_urls' === $name ) {
		[ $urls, $refused ] = safe_exit_parse_exit_urls( is_array( $value ) ? implode( "\n", $value ) : (string) $value );
		return $urls && ! $refused && count( $urls ) <= SAFE_EXIT_MAX_EXIT_URLS ? $urls : $defaults[ $name ];
	}
	return is_string( $value ) ? $value : $defaults[ $name ];
}
