<?php
// No direct-access guard.

function helper() {}

$site = 1;

function safe_exit_bad_output( $value ) {
	echo $value;
	printf( '<p>%s</p>', $value );
	_e( 'Hello', 'safe-exit' );
	echo esc_html__( 'Hello', 'elsewhere' );
	echo esc_html( sprintf( __( 'Hello %s', 'safe-exit' ), $value ) );
}

function safe_exit_bad_input() {
	$name = $_POST['name'];
	$file = $_FILES['upload']['tmp_name'];
	$text = file_get_contents( $file );
	wp_remote_get( 'https://example.org/' );
	get_option( 'bare_option' );
	echo '<script src="x.js"></script>';
	wp_enqueue_script_module( 'x', 'x.js' );
	return array_is_list( array() ) ? $name : $text;
}

add_options_page( 'X', 'X', 'read', 'x', 'safe_exit_bad_output' );
