<?php
/**
 * The settings page's sections and fields, each printing its current value escaped.
 */

defined( 'ABSPATH' ) || exit;

/** Prints a <select> of an option's choices. */
function safe_exit_select_field( string $option, array $labels ): void {
	printf( '<select id="%1$s" name="%1$s">', esc_attr( $option ) );
	$current = safe_exit_option( $option );
	foreach ( safe_exit_choices()[ $option ] as $value ) {
		printf( '<option value="%s"%s>%s</option>', esc_attr( $value ), selected( $current, $value, false ), esc_html( $labels[ $value ] ) );
	}
	echo '</select>';
}

/** Prints a checkbox with its label and an explanation. */
function safe_exit_flag_field( string $option, string $label, string $help ): void {
	printf(
		'<label><input type="checkbox" id="%1$s" name="%1$s" value="1"%2$s> %3$s</label><p class="description">%4$s</p>',
		esc_attr( $option ),
		checked( safe_exit_option( $option ), true, false ),
		esc_html( $label ),
		esc_html( $help )
	);
}

/** The exit destinations, one per line. */
function safe_exit_exit_urls_field(): void {
	printf(
		'<textarea id="safe_exit_exit_urls" name="safe_exit_exit_urls" rows="3" cols="60" class="large-text code" spellcheck="false">%s</textarea><p class="description">%s</p>',
		esc_textarea( implode( "\n", safe_exit_option( 'safe_exit_exit_urls' ) ) ),
		esc_html__( 'One or more https:// addresses, one per line (at most 10); each exit picks one at random. Choose busy, neutral pages that record nothing in a signed-in account: a weather or news page, never a search.', 'safe-exit' )
	);
}

/** The contacts: the built-in Kazakhstan data, or the site's own file. */
function safe_exit_contacts_field(): void {
	$source = safe_exit_option( 'safe_exit_contacts_source' );
	$labels = array(
		'builtin' => __( 'The built-in contacts for Kazakhstan (each with its source and the date it was checked)', 'safe-exit' ),
		'custom'  => __( 'This site’s own contacts file (format safe-exit/directory/v1)', 'safe-exit' ),
	);
	echo '<fieldset>';
	foreach ( $labels as $value => $label ) {
		printf(
			'<label><input type="radio" name="safe_exit_contacts_source" value="%s"%s> %s</label><br>',
			esc_attr( $value ),
			checked( $source, $value, false ),
			esc_html( $label )
		);
	}
	echo '</fieldset>';
	safe_exit_contacts_editor();
}

/**
 * The contacts editor (the configurator's, contacts-editor.js, which finds its parts by these
 * ids): start a file, open one, edit it in a form or as text, each problem the widget's checker
 * finds shown next to its field. Its text box is the option's own field, so that saving sends
 * the edited file through the option's sanitize callback; it works as a plain text box without
 * scripts.
 */
function safe_exit_contacts_editor(): void {
	printf(
		'<div id="safe-exit-contacts-editor"><p class="safe-exit-editor-start"><button type="button" class="button" id="contacts-new">%s</button> <button type="button" class="button" id="contacts-builtin">%s</button> <label for="contacts-open">%s</label> <input type="file" id="contacts-open" accept=".json,application/json"></p>',
		esc_html__( 'Start a new file', 'safe-exit' ),
		esc_html__( 'Start from the built-in contacts', 'safe-exit' ),
		esc_html__( 'Open a file:', 'safe-exit' )
	);
	printf(
		'<div id="contacts-drop" class="safe-exit-editor-drop">%s</div><p>%s <span id="contacts-file-name">%s</span></p><p id="contacts-status" role="status"></p><ul id="contacts-problems"></ul>',
		esc_html__( 'Or drop a contacts file here.', 'safe-exit' ),
		esc_html__( 'File:', 'safe-exit' ),
		esc_html( '' === safe_exit_option( 'safe_exit_contacts_json' ) ? __( 'none yet', 'safe-exit' ) : __( 'the saved one', 'safe-exit' ) )
	);
	printf(
		'<p id="contacts-not-editable" class="safe-exit-editor-problem" hidden>%s</p><div id="contacts-form" hidden><div id="contacts-services"></div><button type="button" class="button" id="contacts-add">%s</button></div>',
		esc_html__( 'This file cannot be edited in the form until the checker can read it: correct it in the text below.', 'safe-exit' ),
		esc_html__( 'Add a service', 'safe-exit' )
	);
	printf(
		'<p><label for="contacts-text">%s</label></p><textarea id="contacts-text" name="safe_exit_contacts_json" rows="8" cols="60" class="large-text code" spellcheck="false" autocomplete="off">%s</textarea>',
		esc_html__( 'The file as text (edit it here or in the form above):', 'safe-exit' ),
		esc_textarea( safe_exit_take_refused_contacts() ?? safe_exit_option( 'safe_exit_contacts_json' ) )
	);
	printf(
		'<p><button type="button" class="button" id="contacts-download" disabled>%s</button></p><div id="safe-exit-contacts-report" role="status" aria-live="polite"></div><p class="description">%s</p></div>',
		esc_html__( 'Download contacts.json', 'safe-exit' ),
		esc_html__( 'The file is checked with the widget’s own rules as you edit it: each problem is shown next to its field and with its place in the file, and a file with errors is not saved. Every contact must carry its source and the date it was last verified.', 'safe-exit' )
	);
}

/** Adds the sections and fields. */
function safe_exit_add_fields(): void {
	$page = SAFE_EXIT_SETTINGS;
	add_settings_section( 'safe-exit-exit', __( 'The exit', 'safe-exit' ), '__return_false', $page );
	add_settings_section( 'safe-exit-contacts', __( 'Contacts', 'safe-exit' ), '__return_false', $page );
	add_settings_section( 'safe-exit-privacy', __( 'Privacy', 'safe-exit' ), '__return_false', $page );

	add_settings_field( 'safe_exit_exit_urls', __( 'Exit destinations', 'safe-exit' ), 'safe_exit_exit_urls_field', $page, 'safe-exit-exit', array( 'label_for' => 'safe_exit_exit_urls' ) );
	$selects = array(
		'safe_exit_lang'          => array(
			__( 'Language', 'safe-exit' ),
			array(
				''   => __( 'Automatic (the page’s language, then the visitor’s browser)', 'safe-exit' ),
				'kk' => 'Қазақша',
				'ru' => 'Русский',
				'en' => 'English',
			),
		),
		'safe_exit_shortcut'      => array(
			__( 'Keyboard shortcut', 'safe-exit' ),
			array(
				'shift3'  => __( 'Shift three times', 'safe-exit' ),
				'escape2' => __( 'Esc twice', 'safe-exit' ),
				'none'    => __( 'None', 'safe-exit' ),
			),
		),
		'safe_exit_position'      => array(
			__( 'Position', 'safe-exit' ),
			array(
				'auto'   => __( 'Automatic (bottom on phones, top on wide screens)', 'safe-exit' ),
				'top'    => __( 'Top', 'safe-exit' ),
				'bottom' => __( 'Bottom', 'safe-exit' ),
				'inline' => __( 'In the page, at the start of the body', 'safe-exit' ),
			),
		),
		'safe_exit_clear_storage' => array(
			__( 'Clear storage on exit', 'safe-exit' ),
			array(
				'none'    => __( 'Nothing', 'safe-exit' ),
				'session' => __( 'This site’s session storage', 'safe-exit' ),
				'all'     => __( 'This site’s session and local storage', 'safe-exit' ),
			),
		),
	);
	foreach ( $selects as $option => [ $title, $labels ] ) {
		add_settings_field( $option, $title, static fn () => safe_exit_select_field( $option, $labels ), $page, 'safe-exit-exit', array( 'label_for' => $option ) );
	}
	$flags = array(
		'safe_exit_stealth'  => array( 'safe-exit-exit', __( 'Stealth browsing', 'safe-exit' ), __( 'Links within this site replace the history entry, so that a whole visit leaves one entry in the tab’s history.', 'safe-exit' ) ),
		'safe_exit_new_tab'  => array( 'safe-exit-exit', __( 'Open the destination in a new tab too', 'safe-exit' ), __( 'The exit button also opens the destination in a new tab, so that the visitor is not left with an empty tab.', 'safe-exit' ) ),
		'safe_exit_no_store' => array( 'safe-exit-privacy', __( 'Send “Cache-Control: no-store” on every page', 'safe-exit' ), __( 'The browser then keeps no copy of your pages in its caches, and Back after an exit loads them anew, where the guard leaves before anything is shown. Pages may load a little more slowly on a repeat visit, and a page cache (a caching plugin, your host’s cache) may replace this header: check it. Off by default.', 'safe-exit' ) ),
	);
	foreach ( $flags as $option => [ $section, $label, $help ] ) {
		add_settings_field( $option, '', static fn () => safe_exit_flag_field( $option, $label, $help ), $page, $section );
	}
	add_settings_field( 'safe_exit_contacts', __( 'Contacts shown', 'safe-exit' ), 'safe_exit_contacts_field', $page, 'safe-exit-contacts' );
}
add_action( 'admin_init', 'safe_exit_add_fields' );
