// The project's public home, from project-home.json, the one place it is written: the source
// repository, the homepage and the issue tracker, each an https:// address or null while it is
// not decided (docs/releasing.md). scripts/build-pkg.mjs writes it into the npm package and
// scripts/build-release.mjs into INSTALL.md; Cargo.toml and the plugin header cannot be written
// by a build, so tests/release/project-home.test.mjs compares them with it.
import { readFileSync } from 'node:fs';

export const HOME_FIELDS = ['repository', 'homepage', 'issues'];

/** `{ repository, homepage, issues }`: each an https:// URL or null. Throws on anything else. */
export function projectHome(path = 'project-home.json') {
  const home = JSON.parse(readFileSync(path, 'utf8'));
  const extra = Object.keys(home).filter((key) => !HOME_FIELDS.includes(key));
  if (extra.length) throw new Error(`${path}: unknown fields ${extra.join(', ')}; it has ${HOME_FIELDS.join(', ')}`);
  for (const field of HOME_FIELDS) {
    const value = home[field];
    if (value === undefined) throw new Error(`${path}: ${field} is missing (null while it is not decided)`);
    if (value !== null && !(typeof value === 'string' && /^https:\/\/[^\s"'<>]+$/.test(value))) {
      throw new Error(`${path}: ${field} must be an https:// address or null, not ${JSON.stringify(value)}`);
    }
  }
  return home;
}

/** How INSTALL.md names where the source is: its address, or that it is not public yet. */
export function sourceSentence(home = projectHome()) {
  return home.repository
    ? `the source repository, ${home.repository}`
    : 'the source repository (its public address is not decided yet: ask whoever gave you this archive)';
}
