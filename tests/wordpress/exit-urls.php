<?php
/**
 * The plugin's exit destination rule agrees with the widget's, verdict and refusal code, on
 * every case of the shared corpus (tests/corpus/exit-urls.json) and on every URL the property
 * tests generated for an https-only destination (tests/properties.rs writes them under
 * target/): `php tests/wordpress/exit-urls.php`. Exits with status 1 and names each
 * disagreement.
 */

// The plugin's files leave when loaded outside WordPress; this is the one place that may.
define( 'ABSPATH', __DIR__ . '/' );
require dirname( __DIR__, 2 ) . '/wordpress/includes/exit-urls.php';

/** WordPress's translation function, untranslated: the reasons' messages are checked in English. */
function __( string $text, string $domain ): string {
	return 'safe-exit' === $domain ? $text : '';
}

$corpus    = dirname( __DIR__ ) . '/corpus';
$cases     = json_decode( file_get_contents( "$corpus/exit-urls.json" ), true, 16, JSON_THROW_ON_ERROR );
$generated = ( getenv( 'CARGO_TARGET_DIR' ) ?: dirname( __DIR__, 2 ) . '/target' ) . '/tmp/exit-urls-generated.json';
if ( ! is_file( $generated ) ) {
	echo "$generated is missing: `cargo test --test properties generated_urls` writes it\n";
	exit( 1 );
}
// Only the https-only cases: the settings page never allows http on loopback.
$https_only = array_filter( json_decode( file_get_contents( $generated ), true, 16, JSON_THROW_ON_ERROR ), fn( $c ) => ! $c['loopback'] );
$wrong      = 0;
$returned   = array( 'utf8' => true );
foreach ( array_merge( $cases, $https_only ) as $case ) {
	[ $url, $why ] = safe_exit_check_exit_url( $case['url'] );
	$returned[ $why ?? '' ] = true;
	$refusal       = $case['refusal'] ?? null;
	if ( $why !== $refusal || ( null === $refusal ) !== ( null !== $url ) ) {
		++$wrong;
		printf( "disagrees: %s (Rust: %s; PHP: %s)\n", json_encode( $case['url'] ), $refusal ?? 'accepted', $why ?? 'accepted' );
	}
	// A list holding only this URL reads the same, unless the URL has white space the list splits at.
	[ $urls ] = safe_exit_parse_exit_urls( $case['url'] );
	if ( null === $refusal && $urls !== array( $url ) ) {
		++$wrong;
		printf( "the list reader changes %s\n", json_encode( $case['url'] ) );
	}
}
[ $urls, $refused ] = safe_exit_parse_exit_urls( "https://a.example/\n  https://b.example/x javascript:alert(1)" );
if ( array( 'https://a.example/', 'https://b.example/x' ) !== $urls || array( array( 'javascript:alert(1)', 'scheme' ) ) !== $refused ) {
	++$wrong;
	echo "the list reader does not split lines and spaces\n";
}
if ( array( null, 'utf8' ) !== safe_exit_check_exit_url( "https://example.org/\xff" ) ) {
	++$wrong;
	echo "invalid UTF-8 passes\n";
}
// Every code of the https-only rule (all but `loopback`, http on a host other than a loopback
// one) came up above, and each has a translatable message of its own (the settings page
// shows the code itself for one without).
$codes = json_decode( file_get_contents( "$corpus/refusal-codes.json" ), true, 16, JSON_THROW_ON_ERROR );
foreach ( array_merge( array_diff( $codes, array( 'loopback' ) ), array( 'utf8' ) ) as $code ) {
	if ( ! isset( $returned[ $code ] ) || safe_exit_exit_url_reason( $code ) === $code ) {
		++$wrong;
		echo "the refusal $code was not returned, or has no message\n";
	}
}
printf( "%d corpus cases, %d generated ones, %d disagreements\n", count( $cases ), count( $https_only ), $wrong );
exit( $wrong > 0 ? 1 : 0 );
