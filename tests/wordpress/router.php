<?php
/**
 * Router for `php -S` serving Debian's WordPress from /usr/share/wordpress. Debian keeps
 * wp-content (plugins, themes, uploads) under /var/lib/wordpress, which its Apache
 * configuration aliases; the built-in server does not, so this serves those files. Everything
 * else is WordPress's own: PHP files and static files from the document root as they are, any
 * other path through index.php.
 */

$path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( str_contains( $path, '..' ) ) {
	http_response_code( 400 );
	return true;
}

if ( str_starts_with( $path, '/wp-content/' ) ) {
	$file = '/var/lib/wordpress' . $path;
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
}

$local = $_SERVER['DOCUMENT_ROOT'] . $path;
if ( '/' !== $path && ( is_file( $local ) || is_file( rtrim( $local, '/' ) . '/index.php' ) ) ) {
	return false;
}
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
