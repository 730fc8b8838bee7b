<?php
/**
 * Plugin Name:       Safe Exit
 * Description:       A quick exit that leaves no way back, with shelter and crisis contacts, rights and online-safety advice, for sites that serve survivors of domestic violence (Kazakhstan; Kazakh, Russian, English).
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.0
 * Author:            Safe Exit contributors
 * License:           MIT OR Apache-2.0
 * License URI:       https://spdx.org/licenses/MIT.html
 * Text Domain:       safe-exit
 * Domain Path:       /languages
 */

defined( 'ABSPATH' ) || exit;

// The build (scripts/build-wordpress.sh) writes the crate's version here and in the header.
const SAFE_EXIT_VERSION = '0.1.0';
const SAFE_EXIT_FILE    = __FILE__;

require_once __DIR__ . '/includes/exit-urls.php';
require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/contacts.php';
require_once __DIR__ . '/includes/element.php';
require_once __DIR__ . '/includes/front.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'safe-exit', false, dirname( plugin_basename( SAFE_EXIT_FILE ) ) . '/languages' );
	}
);

// The contacts file can be up to 1 MiB: created not autoloaded, so that it is read only where
// it is used, never with every page's options.
register_activation_hook(
	SAFE_EXIT_FILE,
	static function () {
		add_option( 'safe_exit_contacts_json', '', '', false );
	}
);

if ( is_admin() ) {
	require_once __DIR__ . '/admin/files.php';
	require_once __DIR__ . '/admin/settings.php';
	require_once __DIR__ . '/admin/fields.php';
	require_once __DIR__ . '/admin/warnings.php';
	require_once __DIR__ . '/admin/page.php';
	require_once __DIR__ . '/admin/draft.php';
}
