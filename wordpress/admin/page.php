<?php
/**
 * Settings → Safe Exit: the form, the warnings and the live preview, for administrators
 * (`manage_options`) only.
 */

defined( 'ABSPATH' ) || exit;

/** Adds the page under Settings. */
function safe_exit_add_page(): void {
	$hook = add_options_page( __( 'Safe Exit', 'safe-exit' ), __( 'Safe Exit', 'safe-exit' ), 'manage_options', SAFE_EXIT_SETTINGS, 'safe_exit_render_page' );
	add_action( 'admin_head-' . $hook, 'safe_exit_page_head', 0 );
	add_action( 'load-' . $hook, static fn () => add_action( 'admin_enqueue_scripts', 'safe_exit_page_style' ) );
}
add_action( 'admin_menu', 'safe_exit_add_page' );

/** The contacts editor's style, on this page only. */
function safe_exit_page_style(): void {
	wp_enqueue_style( 'safe-exit-editor', plugins_url( 'admin/editor.css', SAFE_EXIT_FILE ), array(), SAFE_EXIT_VERSION );
}

/**
 * The page's scripts: the loader for the preview, and the settings script, a module that
 * checks the contacts with the interface's wasm. Through the script-modules API from
 * WordPress 6.5 (printed after the admin's import map), else through wp_print_script_tag()
 * in the page's head.
 */
function safe_exit_page_head(): void {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( SAFE_EXIT_LOADER_MODULE, safe_exit_loader_url(), array(), null );
		wp_enqueue_script_module( 'safe-exit-settings', safe_exit_settings_script_url(), array(), null );
		return;
	}
	// Each tag's own attributes come through the wp_script_attributes filters.
	foreach ( array( SAFE_EXIT_LOADER_MODULE => safe_exit_loader_url(), 'safe-exit-settings' => safe_exit_settings_script_url() ) as $id => $src ) {
		wp_print_script_tag(
			array(
				'type' => 'module',
				'src'  => $src,
				'id'   => $id . '-js-module',
			)
		);
	}
}

/** The settings script's address, versioned like the loader's. */
function safe_exit_settings_script_url(): string {
	return add_query_arg( 'ver', SAFE_EXIT_VERSION, plugins_url( 'admin/settings.js', SAFE_EXIT_FILE ) );
}

/**
 * What the settings script reads from its own tag: the interface's files, the contacts
 * editor's (the configurator's, shipped beside embed/), the preview's draft address and the
 * messages.
 *
 * @param array<string, string|bool> $attributes A script tag's attributes.
 * @return array<string, string|bool>
 */
function safe_exit_settings_script_attributes( array $attributes ): array {
	if ( ( $attributes['id'] ?? '' ) !== 'safe-exit-settings-js-module' ) {
		return $attributes;
	}
	return array_merge(
		$attributes,
		array(
			'data-glue' => safe_exit_bundle_url( 'glue.js' ),
			'data-wasm' => safe_exit_bundle_url( 'safe-exit.wasm' ),
			'data-editor' => add_query_arg( 'ver', SAFE_EXIT_VERSION, plugins_url( 'contacts-editor.js', SAFE_EXIT_FILE ) ),
			'data-draft' => safe_exit_draft_src(),
			'data-lang' => safe_exit_admin_language(),
			'data-text' => (string) wp_json_encode( safe_exit_settings_script_text() ),
		)
	);
}
add_filter( 'wp_script_attributes', 'safe_exit_settings_script_attributes' );

/** The settings script's messages, translated. */
function safe_exit_settings_script_text(): array {
	return array(
		'ok'       => __( 'The contacts file passed the widget’s checks.', 'safe-exit' ),
		'error'    => __( 'error', 'safe-exit' ),
		'warning'  => __( 'warning', 'safe-exit' ),
		'blocked'  => __( 'The contacts file has errors and was not saved. Fix them, or choose the built-in contacts.', 'safe-exit' ),
		'noCheck'  => __( 'The contacts file could not be checked in this browser; the server checks what it can when you save.', 'safe-exit' ),
		'draft'    => __( 'The preview shows the file being edited; the site keeps the saved one until you save.', 'safe-exit' ),
	);
}

/** The language of the contacts editor's own texts (configure-texts.js): the admin's, if it has it. */
function safe_exit_admin_language(): string {
	$language = substr( get_user_locale(), 0, 2 );
	return in_array( $language, array( 'kk', 'ru' ), true ) ? $language : 'en';
}

/** Prints the page. */
function safe_exit_render_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	// The kk and ru catalogues are drafts (languages/), as the widget's own are.
	if ( 'en' !== safe_exit_admin_language() ) {
		printf( '<div class="notice notice-info"><p>%s</p></div>', esc_html__( 'This translation has not yet been checked by a native speaker.', 'safe-exit' ) );
	}
	safe_exit_print_warnings();
	echo '<form method="post" action="options.php" id="safe-exit-settings">';
	settings_fields( SAFE_EXIT_SETTINGS );
	do_settings_sections( SAFE_EXIT_SETTINGS );
	submit_button();
	echo '</form>';
	printf(
		'<h2>%s</h2><p class="description">%s</p><div id="safe-exit-preview" style="max-width:40rem;border:1px solid #c3c4c7;padding:1rem;background:#fff">%s</div><p id="safe-exit-preview-note" class="description" aria-live="polite"></p>',
		esc_html__( 'Preview', 'safe-exit' ),
		esc_html__( 'The widget as visitors see it, with the choices above and the contacts file being edited once the checker finds no error in it. Its exit button really leaves this page; the shortcut is off here so that typing in the form cannot.', 'safe-exit' ),
		safe_exit_element( array( 'position' => 'inline', 'shortcut' => 'none' ) ) // phpcs:ignore WordPress.Security.EscapeOutput -- escaped in safe_exit_element().
	);
	echo '</div>';
}
