<?php
/**
 * What WordPress.org's plugin review (Plugin Check, the WordPress Coding Standards) would flag,
 * checked here since neither tool is on the registries this project uses: escaping of output,
 * nonces and sanitising of request data, capabilities, prefixes, hand-printed <script> tags,
 * PHP's file functions, remote calls, the text domain, syntax newer than "Requires PHP", and
 * readme.txt's format and limits. Token-based (PHP's own tokenizer), so a rule can be fooled by
 * unusual code; it is here to keep the plugin as reviewed, not to replace a reviewer.
 *
 * Usage: php tests/wordpress/review.php [PLUGIN_DIR] (default wordpress/). Prints each problem
 * as "file:line: rule: message" and exits 1 if there is any.
 */

const REVIEW_PREFIXES = array( 'safe_exit_', 'SAFE_EXIT_', 'Safe_Exit' );
const REVIEW_TEXT_DOMAIN = 'safe-exit';

// Output is escaped when each printed part is one of these calls (or a literal).
const REVIEW_ESCAPERS = array( 'esc_html', 'esc_attr', 'esc_url', 'esc_textarea', 'esc_js', 'esc_html__', 'esc_attr__', 'esc_xml', 'wp_kses', 'wp_kses_post', 'absint', 'intval', 'checked', 'selected', 'disabled', 'number_format_i18n' );
// PHP's file and network functions: WordPress.org asks for WP_Filesystem and the HTTP API, and
// this plugin makes no remote call at all.
const REVIEW_FORBIDDEN = array(
	'file_get_contents' => 'use WP_Filesystem (admin/files.php) for local files; no remote calls',
	'file_put_contents' => 'use WP_Filesystem',
	'fopen'             => 'use WP_Filesystem',
	'fwrite'            => 'use WP_Filesystem',
	'fread'             => 'use WP_Filesystem',
	'readfile'          => 'use WP_Filesystem',
	'move_uploaded_file' => 'use wp_handle_upload()',
	'fsockopen'         => 'no remote calls',
	'stream_socket_client' => 'no remote calls',
	'wp_remote_get'     => 'no remote calls',
	'wp_remote_post'    => 'no remote calls',
	'wp_remote_request' => 'no remote calls',
	'wp_remote_head'    => 'no remote calls',
	'wp_safe_remote_get' => 'no remote calls',
	'wp_safe_remote_post' => 'no remote calls',
	'wp_safe_remote_request' => 'no remote calls',
	'download_url'      => 'no remote calls',
	'eval'              => 'never',
	'exec'              => 'never',
	'shell_exec'        => 'never',
	'system'            => 'never',
	'passthru'          => 'never',
	'base64_decode'     => 'obfuscation is refused by the review',
	'unserialize'       => 'use JSON',
	'var_dump'          => 'debug output',
	'print_r'           => 'debug output',
	'error_log'         => 'debug output',
	'ini_set'           => 'changes the whole site',
	'set_time_limit'    => 'changes the whole site',
	'extract'           => 'hides variables',
);
// Functions newer than PHP 8.0, the lowest "Requires PHP" this check knows.
const REVIEW_PHP_NEWER = array( 'array_is_list' => '8.1', 'enum_exists' => '8.1', 'fsync' => '8.1', 'json_validate' => '8.3', 'mb_str_pad' => '8.3', 'str_increment' => '8.3', 'array_find' => '8.4', 'array_any' => '8.4', 'array_all' => '8.4' );
// WordPress functions newer than "Requires at least" (6.1): callable only behind a check.
const REVIEW_WP_NEWER = array( 'wp_enqueue_script_module' => '6.5', 'wp_register_script_module' => '6.5', 'wp_script_modules' => '6.5' );
const REVIEW_I18N = array( '__', '_e', '_x', '_n', 'esc_html__', 'esc_html_e', 'esc_attr__', 'esc_attr_e', 'esc_html_x', 'esc_attr_x' );
const REVIEW_SUPERGLOBALS = array( '$_GET', '$_POST', '$_REQUEST', '$_FILES', '$_COOKIE', '$_SERVER' );
const REVIEW_SANITIZERS = array( 'isset', 'empty', 'absint', 'intval', 'sanitize_text_field', 'sanitize_key', 'sanitize_file_name', 'sanitize_textarea_field', 'esc_url_raw', 'wp_verify_nonce' );

$problems = array();
/** Records a problem. */
function review_flag( string $file, int $line, string $rule, string $message ): void {
	global $problems;
	$problems[] = sprintf( '%s:%d: %s: %s', $file, $line, $rule, $message );
}

/** The file's tokens without whitespace, each as [id, text, line]. */
function review_tokens( string $code ): array {
	$tokens = array();
	$line   = 1;
	foreach ( token_get_all( $code ) as $token ) {
		if ( is_string( $token ) ) {
			$tokens[] = array( $token, $token, $line );
			continue;
		}
		if ( ! in_array( $token[0], array( T_WHITESPACE, T_COMMENT, T_DOC_COMMENT ), true ) ) {
			$tokens[] = array( $token[0], $token[1], $token[2] );
		}
		$line = $token[2] + substr_count( $token[1], "\n" );
	}
	return $tokens;
}

/**
 * Whether a phpcs:ignore comment for a rule, with a reason, sits on the line or the one above
 * (or, given $last, on any line up to that one).
 */
function review_ignored( string $code, int $line, string $rule, int $last = 0 ): bool {
	$lines = explode( "\n", $code );
	foreach ( array_merge( array( $line - 2 ), range( $line - 1, max( $line, $last ) - 1 ) ) as $index ) {
		if ( isset( $lines[ $index ] ) && preg_match( '/phpcs:ignore [^\n]*' . preg_quote( $rule, '/' ) . '[^\n]*--\s*\S/', $lines[ $index ] ) ) {
			return true;
		}
	}
	return false;
}

/** Whether a line lies within `phpcs:disable RULE -- reason` … `phpcs:enable`. */
function review_disabled( string $code, int $line, string $rule ): bool {
	$lines    = explode( "\n", $code );
	$disabled = false;
	for ( $index = 0; $index < $line && $index < count( $lines ); $index++ ) {
		if ( preg_match( '/phpcs:disable [^\n]*' . preg_quote( $rule, '/' ) . '[^\n]*--\s*\S/', $lines[ $index ] ) ) {
			$disabled = true;
		} elseif ( str_contains( $lines[ $index ], 'phpcs:enable' ) ) {
			$disabled = false;
		}
	}
	return $disabled;
}

/** The index of the token closing the bracket opened at $open. */
function review_close( array $tokens, int $open ): int {
	$depth = 0;
	for ( $i = $open; $i < count( $tokens ); $i++ ) {
		if ( in_array( $tokens[ $i ][1], array( '(', '[', '{' ), true ) || in_array( $tokens[ $i ][0], array( T_CURLY_OPEN, T_DOLLAR_OPEN_CURLY_BRACES ), true ) ) {
			++$depth;
		} elseif ( in_array( $tokens[ $i ][1], array( ')', ']', '}' ), true ) && 0 === --$depth ) {
			return $i;
		}
	}
	return count( $tokens ) - 1;
}

/** Splits tokens $from..$to (exclusive) at top-level occurrences of $separators. */
function review_split( array $tokens, int $from, int $to, array $separators ): array {
	$parts = array( array() );
	$depth = 0;
	for ( $i = $from; $i < $to; $i++ ) {
		$text = $tokens[ $i ][1];
		if ( in_array( $text, array( '(', '[', '{' ), true ) ) {
			++$depth;
		} elseif ( in_array( $text, array( ')', ']', '}' ), true ) ) {
			--$depth;
		}
		if ( 0 === $depth && in_array( $text, $separators, true ) ) {
			$parts[] = array();
			continue;
		}
		$parts[ count( $parts ) - 1 ][] = $tokens[ $i ];
	}
	return array_filter( $parts );
}

/** Whether a printed expression is escaped: a literal, a number, or an escaping call. */
function review_escaped( array $part ): bool {
	$first = $part[0];
	if ( 1 === count( $part ) && in_array( $first[0], array( T_CONSTANT_ENCAPSED_STRING, T_LNUMBER, T_DNUMBER ), true ) ) {
		return true;
	}
	return T_STRING === $first[0] && in_array( $first[1], REVIEW_ESCAPERS, true ) && isset( $part[1] ) && '(' === $part[1][1];
}

/** The name of the function a token lies in, with its body's token range, or null. */
function review_functions( array $tokens ): array {
	$functions = array();
	foreach ( $tokens as $i => $token ) {
		if ( T_FUNCTION !== $token[0] && T_FN !== $token[0] ) {
			continue;
		}
		for ( $open = $i; $open < count( $tokens ) && '{' !== $tokens[ $open ][1] && ';' !== $tokens[ $open ][1]; $open++ );
		if ( T_FN === $token[0] || '{' !== ( $tokens[ $open ][1] ?? '' ) ) {
			continue;
		}
		// From the keyword, so that parameters count as the function's own.
		$functions[] = array( $i, review_close( $tokens, $open ) );
	}
	return $functions;
}

/** The innermost function body [open, close] holding token $i, or null. */
function review_enclosing( array $functions, int $i ): ?array {
	$found = null;
	foreach ( $functions as [ $open, $close ] ) {
		if ( $open < $i && $i < $close && ( null === $found || $open > $found[0] ) ) {
			$found = array( $open, $close );
		}
	}
	return $found;
}

/** The text of tokens $from..$to. */
function review_text( array $tokens, int $from, int $to ): string {
	return implode( ' ', array_map( static fn ( $token ) => $token[1], array_slice( $tokens, $from, $to - $from + 1 ) ) );
}

/** Checks one PHP file of the plugin. */
function review_php( string $path, string $name ): void {
	$code      = (string) file_get_contents( $path ); // phpcs:ignore -- this is the checker, not the plugin.
	$tokens    = review_tokens( $code );
	$functions = review_functions( $tokens );

	if ( ! preg_match( "/defined\\( '(ABSPATH|WP_UNINSTALL_PLUGIN)' \\) \\|\\| exit;/", $code ) ) {
		review_flag( $name, 1, 'direct-access', "no `defined( 'ABSPATH' ) || exit;` guard" );
	}
	$depth = 0;
	foreach ( $tokens as $i => [ $id, $text, $line ] ) {
		$next = $tokens[ $i + 1 ][1] ?? '';
		$previous = $tokens[ $i - 1 ] ?? array( null, '', 0 );
		if ( '{' === $text || T_CURLY_OPEN === $id || T_DOLLAR_OPEN_CURLY_BRACES === $id ) {
			++$depth;
		} elseif ( '}' === $text ) {
			--$depth;
		}

		// Prefixes: everything the plugin adds to the global scope.
		if ( in_array( $id, array( T_FUNCTION, T_CONST, T_CLASS ), true ) && 0 === $depth && T_STRING === ( $tokens[ $i + 1 ][0] ?? null ) ) {
			$declared = $tokens[ $i + 1 ][1];
			if ( ! review_prefixed( $declared ) ) {
				review_flag( $name, $line, 'prefix', "global name `$declared` lacks the plugin's prefix (safe_exit_)" );
			}
		}
		if ( T_VARIABLE === $id && 0 === $depth && ! in_array( $text, REVIEW_SUPERGLOBALS, true ) && ! review_prefixed( substr( $text, 1 ) ) && null === review_enclosing( $functions, $i ) ) {
			review_flag( $name, $line, 'prefix', "global variable `$text` lacks the plugin's prefix: wrap the code in a function" );
		}
		if ( T_STRING === $id && in_array( $text, array( 'add_option', 'get_option', 'update_option', 'delete_option', 'register_setting' ), true ) && '(' === $next ) {
			$argument = $tokens[ $i + 2 ];
			if ( 'register_setting' === $text ) {
				$argument = review_split( $tokens, $i + 2, review_close( $tokens, $i + 1 ), array( ',' ) )[1][0] ?? $argument;
			}
			if ( T_CONSTANT_ENCAPSED_STRING === $argument[0] && ! str_starts_with( trim( $argument[1], '\'"' ), 'safe_exit_' ) && ! in_array( trim( $argument[1], '\'"' ), array( 'active_plugins' ), true ) ) {
				review_flag( $name, $line, 'prefix', "option {$argument[1]} lacks the plugin's prefix" );
			}
		}

		// Hand-printed tags: scripts and styles go through WordPress's APIs.
		if ( in_array( $id, array( T_CONSTANT_ENCAPSED_STRING, T_ENCAPSED_AND_WHITESPACE, T_INLINE_HTML ), true ) && preg_match( '/<script\b|<style\b|rel=\\\\?["\']stylesheet/i', $text ) ) {
			review_flag( $name, $line, 'enqueued-resources', 'a hand-printed <script>, <style> or stylesheet: use wp_enqueue_script(_module), wp_print_script_tag() or wp_add_inline_style()' );
		}

		// Functions the review refuses, and ones newer than the declared PHP and WordPress.
		$called = T_STRING === $id && '(' === $next && ! in_array( $previous[0], array( T_FUNCTION, T_OBJECT_OPERATOR, T_DOUBLE_COLON, T_NULLSAFE_OBJECT_OPERATOR, T_NEW ), true );
		if ( ( $called || ( T_EVAL === $id ) ) && isset( REVIEW_FORBIDDEN[ strtolower( $text ) ] ) ) {
			review_flag( $name, $line, 'forbidden-function', "$text(): " . REVIEW_FORBIDDEN[ strtolower( $text ) ] );
		}
		if ( $called && isset( REVIEW_PHP_NEWER[ $text ] ) ) {
			review_flag( $name, $line, 'php-version', "$text() needs PHP " . REVIEW_PHP_NEWER[ $text ] );
		}
		if ( $called && isset( REVIEW_WP_NEWER[ $text ] ) ) {
			$body = review_enclosing( $functions, $i );
			$guard = null === $body ? '' : review_text( $tokens, $body[0], $body[1] );
			if ( ! str_contains( $guard, 'function_exists' ) && ! str_contains( $guard, 'safe_exit_modules_in_head' ) ) {
				review_flag( $name, $line, 'wp-version', "$text() needs WordPress " . REVIEW_WP_NEWER[ $text ] . ': call it only behind function_exists()' );
			}
		}
		if ( ( defined( 'T_ENUM' ) && T_ENUM === $id ) || ( defined( 'T_READONLY' ) && T_READONLY === $id ) || ( T_ELLIPSIS === $id && '(' === $previous[1] && ')' === $next ) || ( T_STRING === $id && 'never' === strtolower( $text ) && ':' === $previous[1] ) ) {
			review_flag( $name, $line, 'php-version', "`$text` needs PHP 8.1; the plugin declares 8.0" );
		}

		// Translations: the plugin's own text domain, and a translators comment for placeholders.
		if ( $called && in_array( $text, REVIEW_I18N, true ) ) {
			$arguments = array_values( review_split( $tokens, $i + 2, review_close( $tokens, $i + 1 ), array( ',' ) ) );
			$domain    = end( $arguments );
			if ( ! $domain || 1 !== count( $domain ) || "'" . REVIEW_TEXT_DOMAIN . "'" !== $domain[0][1] ) {
				review_flag( $name, $line, 'text-domain', "$text() without the text domain '" . REVIEW_TEXT_DOMAIN . "'" );
			}
			$message = $arguments[0][0][1] ?? '';
			if ( preg_match( '/%(\d\$)?[sd]/', $message ) && ! preg_match( '/translators:/', implode( "\n", array_slice( explode( "\n", $code ), max( 0, $line - 4 ), 4 ) ) ) ) {
				review_flag( $name, $line, 'translators-comment', "$text() with a placeholder and no /* translators: */ comment" );
			}
			if ( in_array( $text, array( '_e', '_ex' ), true ) ) {
				review_flag( $name, $line, 'escape-output', "$text() prints unescaped: use esc_html_e()" );
			}
		}

		// Escaping: every part of what echo and printf print.
		if ( ( T_ECHO === $id || T_PRINT === $id || ( $called && in_array( $text, array( 'printf', 'vprintf' ), true ) ) ) && ! review_ignored( $code, $line, 'WordPress.Security.EscapeOutput' ) ) {
			if ( T_ECHO === $id || T_PRINT === $id ) {
				for ( $end = $i; ';' !== $tokens[ $end ][1]; $end++ );
				$parts = review_split( $tokens, $i + 1, $end, array( '.', ',' ) );
			} else {
				$parts = array_slice( review_split( $tokens, $i + 2, review_close( $tokens, $i + 1 ), array( ',' ) ), 1 );
			}
			foreach ( $parts as $part ) {
				$part = array_values( $part );
				if ( ! review_escaped( $part ) && ! review_ignored( $code, $part[0][2], 'WordPress.Security.EscapeOutput', end( $part )[2] ) ) {
					review_flag( $name, $line, 'escape-output', 'printed without escaping: ' . review_text( $part, 0, min( 6, count( $part ) - 1 ) ) );
				}
			}
		}

		// Request data: sanitised where read, and for a form, behind a nonce.
		if ( T_VARIABLE === $id && in_array( $text, REVIEW_SUPERGLOBALS, true ) ) {
			$wrapped = false;
			for ( $j = $i - 1, $open = 0; $j >= 0 && $j > $i - 12; $j-- ) {
				if ( ')' === $tokens[ $j ][1] ) {
					++$open;
				} elseif ( '(' === $tokens[ $j ][1] && 0 === $open-- ) {
					$call = $tokens[ $j - 1 ] ?? array( null, '' );
					if ( in_array( $call[1], REVIEW_SANITIZERS, true ) || str_starts_with( $call[1], 'sanitize_' ) ) {
						$wrapped = true;
						break;
					}
					if ( 'wp_unslash' !== $call[1] ) {
						break;
					}
					$open = 0;
				} elseif ( T_INT_CAST === $tokens[ $j ][0] && 0 === $open ) {
					$wrapped = true;
					break;
				}
			}
			if ( ! $wrapped && ! review_ignored( $code, $line, 'WordPress.Security.ValidatedSanitizedInput' ) ) {
				review_flag( $name, $line, 'sanitize-input', "$text read without isset(), a cast or sanitize_*()" );
			}
			$body = review_enclosing( $functions, $i );
			$form = in_array( $text, array( '$_POST', '$_FILES', '$_REQUEST' ), true );
			if ( $form && ! review_disabled( $code, $line, 'WordPress.Security.NonceVerification' ) && ! review_ignored( $code, $line, 'WordPress.Security.NonceVerification' )
				&& ( null === $body || ! preg_match( '/wp_verify_nonce|check_admin_referer|check_ajax_referer/', review_text( $tokens, $body[0], $body[1] ) ) ) ) {
				review_flag( $name, $line, 'nonce', "$text read with no nonce check in its function" );
			}
		}

		// Capabilities: admin pages for administrators, and handlers that check who calls them.
		if ( $called && in_array( $text, array( 'add_menu_page', 'add_submenu_page', 'add_options_page', 'add_management_page' ), true ) ) {
			$arguments = array_values( review_split( $tokens, $i + 2, review_close( $tokens, $i + 1 ), array( ',' ) ) );
			$capability = $arguments[ 'add_submenu_page' === $text ? 3 : 2 ][0][1] ?? '';
			if ( in_array( trim( $capability, '\'"' ), array( 'read', 'exist', 'level_0' ), true ) ) {
				review_flag( $name, $line, 'capability', "$text() open to every user ($capability)" );
			}
		}
		if ( T_CONSTANT_ENCAPSED_STRING === $id && preg_match( '/^[\'"](wp_ajax_|admin_post_)/', $text ) && ! preg_match( '/current_user_can/', $code ) ) {
			review_flag( $name, $line, 'capability', "handler $text without current_user_can()" );
		}
	}
}

/** Whether a global name carries the plugin's prefix. */
function review_prefixed( string $name ): bool {
	foreach ( REVIEW_PREFIXES as $prefix ) {
		if ( str_starts_with( $name, $prefix ) ) {
			return true;
		}
	}
	return false;
}

/** The plugin header's fields. */
function review_header( string $code ): array {
	preg_match_all( '/^\s*\*\s*([A-Za-z ]+):\s*(.+)$/m', substr( $code, 0, 8192 ), $matches, PREG_SET_ORDER );
	return array_column( array_map( static fn ( $m ) => array( trim( $m[1] ), trim( $m[2] ) ), $matches ), 1, 0 );
}

/** readme.txt against the plugin directory's format and limits, and against the header. */
function review_readme( string $dir, array $header ): void {
	$readme = (string) file_get_contents( "$dir/readme.txt" ); // phpcs:ignore -- the checker.
	$lines  = explode( "\n", $readme );
	if ( ! preg_match( '/^=== (.+) ===$/', $lines[0], $title ) || $title[1] !== ( $header['Plugin Name'] ?? '' ) ) {
		review_flag( 'readme.txt', 1, 'readme', 'the first line must be "=== Plugin Name ===", the header\'s name' );
	}
	$fields = array();
	for ( $i = 1; $i < count( $lines ) && '' !== trim( $lines[ $i ] ); $i++ ) {
		[ $key, $value ] = array_map( 'trim', explode( ':', $lines[ $i ], 2 ) + array( '', '' ) );
		$fields[ $key ] = $value;
	}
	foreach ( array( 'Contributors', 'Tags', 'Requires at least', 'Tested up to', 'Requires PHP', 'Stable tag', 'License' ) as $key ) {
		if ( ! isset( $fields[ $key ] ) ) {
			review_flag( 'readme.txt', 2, 'readme', "no \"$key:\" field" );
		}
	}
	if ( count( array_filter( array_map( 'trim', explode( ',', $fields['Tags'] ?? '' ) ) ) ) > 5 ) {
		review_flag( 'readme.txt', 3, 'readme', 'more than 5 tags (the directory shows 5)' );
	}
	if ( ! preg_match( '/^\d+\.\d+$/', $fields['Tested up to'] ?? '' ) ) {
		review_flag( 'readme.txt', 3, 'readme', '"Tested up to" must be a major version, like 7.1' );
	}
	foreach ( array( 'Requires at least', 'Requires PHP' ) as $key ) {
		if ( ( $fields[ $key ] ?? '' ) !== ( $header[ $key ] ?? '' ) ) {
			review_flag( 'readme.txt', 3, 'readme', "\"$key\" differs from the plugin header's" );
		}
	}
	if ( ( $fields['Stable tag'] ?? '' ) !== ( $header['Version'] ?? '' ) ) {
		review_flag( 'readme.txt', 3, 'readme', '"Stable tag" differs from the plugin\'s Version' );
	}
	if ( version_compare( $fields['Tested up to'] ?? '0', $fields['Requires at least'] ?? '0', '<' ) ) {
		review_flag( 'readme.txt', 3, 'readme', '"Tested up to" is older than "Requires at least"' );
	}
	$short = trim( $lines[ $i + 1 ] ?? '' );
	if ( '' === $short || str_starts_with( $short, '==' ) ) {
		review_flag( 'readme.txt', $i + 2, 'readme', 'no short description after the fields' );
	} elseif ( preg_match_all( '/./us', $short ) > 150 ) {
		// Characters, not bytes, without mbstring (not in Debian's php-cli).
		review_flag( 'readme.txt', $i + 2, 'readme', 'the short description has ' . preg_match_all( '/./us', $short ) . ' characters; the directory cuts it at 150' );
	}
	foreach ( array( 'Description', 'Installation', 'Changelog' ) as $section ) {
		if ( ! str_contains( $readme, "== $section ==" ) ) {
			review_flag( 'readme.txt', 1, 'readme', "no \"== $section ==\" section" );
		}
	}
	foreach ( array( 'Plugin Name', 'Version', 'Requires at least', 'Requires PHP', 'License', 'Text Domain' ) as $key ) {
		if ( ! isset( $header[ $key ] ) ) {
			review_flag( 'safe-exit.php', 1, 'header', "no \"$key:\" in the plugin header" );
		}
	}
	if ( ( $header['Text Domain'] ?? '' ) !== REVIEW_TEXT_DOMAIN ) {
		review_flag( 'safe-exit.php', 1, 'header', 'the Text Domain must be the slug, ' . REVIEW_TEXT_DOMAIN );
	}
	if ( version_compare( $header['Requires PHP'] ?? '0', '8.0', '<' ) ) {
		review_flag( 'safe-exit.php', 1, 'header', 'the code needs PHP 8.0 (str_contains, mixed, match)' );
	}
}

$dir = rtrim( $argv[1] ?? 'wordpress', '/' );
$files = new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $dir, FilesystemIterator::SKIP_DOTS ) );
$paths = array();
foreach ( $files as $file ) {
	if ( 'php' === $file->getExtension() ) {
		$paths[] = $file->getPathname();
	}
}
sort( $paths );
foreach ( $paths as $path ) {
	review_php( $path, substr( $path, strlen( $dir ) + 1 ) );
}
review_readme( $dir, review_header( (string) file_get_contents( "$dir/safe-exit.php" ) ) ); // phpcs:ignore -- the checker.

if ( $problems ) {
	fwrite( STDERR, implode( "\n", $problems ) . "\n" . count( $problems ) . " problem(s) WordPress.org's review would flag.\n" );
	exit( 1 );
}
printf( "%d PHP files and readme.txt: nothing WordPress.org's review would flag.\n", count( $paths ) );
