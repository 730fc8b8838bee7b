<?php
/**
 * Router for `php -S` in a WordPress tree (tests/wordpress/site.mjs): static files with the
 * types browsers need (application/wasm for the widget's wasm, which the built-in server may
 * not know), PHP files as they are, and every other path through WordPress's index.php, as
 * its rewrite rules do under Apache.
 */

$path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( str_contains( $path, '..' ) ) {
	http_response_code( 400 );
	return true;
}

$file = $_SERVER['DOCUMENT_ROOT'] . $path;
if ( is_file( $file ) && ! str_ends_with( $file, '.php' ) ) {
	$types = array(
		'js'    => 'text/javascript',
		'mjs'   => 'text/javascript',
		'wasm'  => 'application/wasm',
		'css'   => 'text/css',
		'json'  => 'application/json',
		'svg'   => 'image/svg+xml',
		'png'   => 'image/png',
		'jpg'   => 'image/jpeg',
		'webp'  => 'image/webp',
		'woff2' => 'font/woff2',
		'txt'   => 'text/plain',
	);
	$extension = strtolower( pathinfo( $file, PATHINFO_EXTENSION ) );
	header( 'Content-Type: ' . ( $types[ $extension ] ?? 'application/octet-stream' ) );
	header( 'Content-Length: ' . filesize( $file ) );
	readfile( $file );
	return true;
}
if ( '/' !== $path && ( is_file( $file ) || is_file( rtrim( $file, '/' ) . '/index.php' ) ) ) {
	return false;
}
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
