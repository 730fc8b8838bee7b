<?php
/**
 * Reading a local file (a theme's header.php) through WordPress's filesystem class rather than
 * PHP's own functions, as WordPress.org's review asks. The direct class, not WP_Filesystem():
 * reading needs no credentials, and a host where WordPress would ask for FTP ones must still
 * be able to read a file of its own.
 */

defined( 'ABSPATH' ) || exit;

/** A local file's contents, or null when it cannot be read. */
function safe_exit_read_local_file( string $path ): ?string {
	require_once ABSPATH . 'wp-admin/includes/class-wp-filesystem-base.php';
	require_once ABSPATH . 'wp-admin/includes/class-wp-filesystem-direct.php';
	$contents = ( new WP_Filesystem_Direct( null ) )->get_contents( $path );
	return is_string( $contents ) ? $contents : null;
}
