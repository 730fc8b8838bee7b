<?php
/**
 * Plugin Name:       Safe Exit
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT OR Apache-2.0
 * Text Domain:       other
 */

// A plugin with one of each thing WordPress.org's review flags, for tests/wordpress/review.test.mjs.
