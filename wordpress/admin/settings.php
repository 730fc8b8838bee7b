<?php
/**
 * The settings, registered with the Settings API (options.php checks the nonce and
 * `manage_options`), each with a sanitize callback that keeps the old value and says why when
 * a new one is refused.
 */

defined( 'ABSPATH' ) || exit;

/** The settings group, which is also the page's slug. */
const SAFE_EXIT_SETTINGS = 'safe-exit';

/** A refusal's notice, in the administrator's language, and the value kept instead. */
function safe_exit_refuse( string $option, string $message ): mixed {
	add_settings_error( $option, $option . '-refused', $message, 'error' );
	return get_option( $option, safe_exit_option_defaults()[ $option ] );
}

/** Exit destinations: one or more https addresses; any refused one refuses the change. */
function safe_exit_sanitize_exit_urls( mixed $value ): mixed {
	$option = 'safe_exit_exit_urls';
	$text   = is_array( $value ) ? implode( "\n", array_map( 'strval', $value ) ) : (string) $value;
	[ $urls, $refused ] = safe_exit_parse_exit_urls( $text );
	if ( $refused ) {
		[ $url, $why ] = $refused[0];
		return safe_exit_refuse(
			$option,
			/* translators: 1: the address as typed, 2: why it was refused. The previous destinations are kept. */
			sprintf( __( 'Exit destination %1$s %2$s; the previous destinations are kept.', 'safe-exit' ), '“' . esc_html( $url ) . '”', esc_html( safe_exit_exit_url_reason( $why ) ) )
		);
	}
	if ( ! $urls ) {
		return safe_exit_refuse( $option, __( 'Give at least one exit destination; the previous destinations are kept.', 'safe-exit' ) );
	}
	if ( count( $urls ) > SAFE_EXIT_MAX_EXIT_URLS ) {
		/* translators: %d: the most destinations, 10. */
		return safe_exit_refuse( $option, sprintf( __( 'Give at most %d exit destinations; the previous destinations are kept.', 'safe-exit' ), SAFE_EXIT_MAX_EXIT_URLS ) );
	}
	return $urls;
}

/** A sanitize callback for a choice option: only the listed values. */
function safe_exit_choice_sanitizer( string $option ): callable {
	return static function ( mixed $value ) use ( $option ): mixed {
		if ( in_array( $value, safe_exit_choices()[ $option ], true ) ) {
			return $value;
		}
		return safe_exit_refuse( $option, __( 'That choice does not exist; the previous one is kept.', 'safe-exit' ) );
	};
}

/** A checkbox: on or off. */
function safe_exit_sanitize_flag( mixed $value ): bool {
	return '1' === $value || true === $value;
}

/**
 * The site's contacts file, as the settings page's editor sends it (its text box, whether the
 * file was typed, made in the form or opened from the administrator's computer). What PHP
 * cannot check (every service and contact) the editor checked before sending, with the
 * widget's own rules, and the widget checks again when it loads the file.
 */
function safe_exit_sanitize_contacts_json( mixed $value ): mixed {
	$option = 'safe_exit_contacts_json';
	// options.php has unslashed the posted text already. A text box is sent with CRLF line
	// ends (HTML's form encoding): the file keeps the editor's, which only JSON's whitespace has.
	$text = trim( str_replace( "\r\n", "\n", is_string( $value ) ? $value : '' ) );
	if ( '' === $text ) {
		return '';
	}
	$refusal = safe_exit_contacts_refusal( $text );
	if ( null !== $refusal ) {
		safe_exit_keep_refused_contacts( $text );
		/* translators: %s: what is wrong with the file. */
		return safe_exit_refuse( $option, sprintf( __( '%s The previous contacts are kept; your text is in the editor below, to correct.', 'safe-exit' ), $refusal ) );
	}
	return $text;
}

/** Which contacts to show: the site's own needs a file. */
function safe_exit_sanitize_contacts_source( mixed $value ): mixed {
	$option = 'safe_exit_contacts_source';
	$value  = ( safe_exit_choice_sanitizer( $option ) )( $value );
	if ( 'custom' === $value && '' === (string) get_option( 'safe_exit_contacts_json', '' ) ) {
		return safe_exit_refuse( $option, __( 'Upload or paste a contacts file before choosing it; the built-in contacts stay in use.', 'safe-exit' ) );
	}
	return $value;
}

/** Registers every option with its sanitize callback. */
function safe_exit_register_settings(): void {
	$callbacks = array(
		'safe_exit_exit_urls'       => 'safe_exit_sanitize_exit_urls',
		'safe_exit_lang'            => safe_exit_choice_sanitizer( 'safe_exit_lang' ),
		'safe_exit_shortcut'        => safe_exit_choice_sanitizer( 'safe_exit_shortcut' ),
		'safe_exit_position'        => safe_exit_choice_sanitizer( 'safe_exit_position' ),
		'safe_exit_stealth'         => 'safe_exit_sanitize_flag',
		'safe_exit_new_tab'         => 'safe_exit_sanitize_flag',
		'safe_exit_clear_storage'   => safe_exit_choice_sanitizer( 'safe_exit_clear_storage' ),
		// The file before the choice of source, which needs to know whether there is one.
		'safe_exit_contacts_json'   => 'safe_exit_sanitize_contacts_json',
		'safe_exit_contacts_source' => 'safe_exit_sanitize_contacts_source',
		'safe_exit_no_store'        => 'safe_exit_sanitize_flag',
	);
	foreach ( $callbacks as $option => $callback ) {
		$arguments = array(
			'sanitize_callback' => $callback,
			'show_in_rest'      => false,
		);
		// With a registered default, update_option() takes a stored value equal to it for a
		// missing option and adds it anew, autoloaded: the contacts file, created not
		// autoloaded on activation, must keep that.
		if ( 'safe_exit_contacts_json' !== $option ) {
			$arguments['default'] = safe_exit_option_defaults()[ $option ];
		}
		register_setting( SAFE_EXIT_SETTINGS, $option, $arguments );
	}
}
add_action( 'admin_init', 'safe_exit_register_settings' );
