<?php
/**
 * The plugin's exit destination rule agrees with the widget's on every case of the shared
 * corpus (tests/corpus/exit-urls.json): `php tests/wordpress/exit-urls.php`. Exits with status 1
 * and names each disagreement.
 */

// The plugin's files leave when loaded outside WordPress; this is the one place that may.
define( 'ABSPATH', __DIR__ . '/' );
require dirname( __DIR__, 2 ) . '/wordpress/includes/exit-urls.php';

$cases = json_decode( file_get_contents( dirname( __DIR__ ) . '/corpus/exit-urls.json' ), true, 16, JSON_THROW_ON_ERROR );
$wrong = 0;
foreach ( $cases as $case ) {
	[ $url, $why ] = safe_exit_check_exit_url( $case['url'] );
	if ( ( null !== $url ) !== $case['accepted'] ) {
		++$wrong;
		printf( "disagrees: %s (expected %s: %s; PHP says %s)\n", json_encode( $case['url'] ), $case['accepted'] ? 'accepted' : 'refused', $case['why'], $why ?? 'accepted' );
	}
	// A list holding only this URL reads the same, unless the URL has white space the list splits at.
	[ $urls ] = safe_exit_parse_exit_urls( $case['url'] );
	if ( $case['accepted'] && $urls !== array( $url ) ) {
		++$wrong;
		printf( "the list reader changes %s\n", json_encode( $case['url'] ) );
	}
}
[ $urls, $refused ] = safe_exit_parse_exit_urls( "https://a.example/\n  https://b.example/x javascript:alert(1)" );
if ( array( 'https://a.example/', 'https://b.example/x' ) !== $urls || 1 !== count( $refused ) ) {
	++$wrong;
	echo "the list reader does not split lines and spaces\n";
}
if ( null !== safe_exit_check_exit_url( "https://example.org/\xff" )[0] ) {
	++$wrong;
	echo "invalid UTF-8 passes\n";
}
printf( "%d corpus cases, %d disagreements\n", count( $cases ), $wrong );
exit( $wrong > 0 ? 1 : 0 );
