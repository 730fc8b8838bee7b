<?php
/**
 * Deleting the plugin deletes every option it created (the list in includes/options.php) and
 * the settings page's contacts drafts, on every site of a network.
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/includes/exit-urls.php';
require_once __DIR__ . '/includes/options.php';

/** Deletes the options of the current site, and its administrators' contacts drafts and refused texts (admin/draft.php). */
function safe_exit_delete_options(): void {
	foreach ( array_keys( safe_exit_option_defaults() ) as $option ) {
		delete_option( $option );
	}
	$administrators = get_users(
		array(
			'capability' => 'manage_options',
			'fields'     => 'ID',
		)
	);
	foreach ( $administrators as $user_id ) {
		delete_transient( 'safe_exit_contacts_draft_' . $user_id );
		delete_transient( 'safe_exit_contacts_draft_refused_' . $user_id );
	}
}

/** Deletes the options of every site (a function, so that no variable is left global). */
function safe_exit_uninstall(): void {
	if ( ! is_multisite() ) {
		safe_exit_delete_options();
		return;
	}
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $site_id ) {
		switch_to_blog( $site_id );
		safe_exit_delete_options();
		restore_current_blog();
	}
}

safe_exit_uninstall();
