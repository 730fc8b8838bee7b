// Where each value of a JSON text starts, as line:column, for the contacts checker's report.
// The verdict and the messages come from the widget's own Rust checker (check_contacts); this
// only turns its JSON paths into places in the text, and is run only on a text the checker
// has read as JSON (so its nesting is already bounded).

/** A map from JSON path (`services[0].contacts[1].value`) to `{ line, column }`, columns
 *  counted in characters from 1, as the checker's syntax errors count them. A repeated key's
 *  last value wins, as in the checker. */
export function locateValues(text) {
  const places = new Map();
  // Values are met in text order, so each place is counted on from the last one: a file on
  // one line (500 services) would otherwise count its columns from the line's start each time.
  const cursor = { offset: 0, line: 1, column: 1 };
  const placeOf = (offset) => {
    for (; cursor.offset < offset; cursor.offset++) {
      const code = text.charCodeAt(cursor.offset);
      if (code === 10) [cursor.line, cursor.column] = [cursor.line + 1, 1];
      // The second half of a surrogate pair ends a character already counted.
      else if (!(code >= 0xdc00 && code <= 0xdfff && text.charCodeAt(cursor.offset - 1) >> 10 === 0x36)) cursor.column++;
    }
    return { line: cursor.line, column: cursor.column };
  };
  let pos = 0;
  const space = () => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos])) pos++;
  };
  const string = () => {
    const start = pos++;
    while (pos < text.length && text[pos] !== '"') pos += text[pos] === '\\' ? 2 : 1;
    pos++;
    return JSON.parse(text.slice(start, pos));
  };
  const value = (path) => {
    space();
    places.set(path, placeOf(pos));
    const c = text[pos];
    if (c === '{') {
      pos++;
      space();
      while (text[pos] !== '}' && pos < text.length) {
        const key = string();
        space();
        pos++; // the colon
        value(path ? `${path}.${key}` : key);
        space();
        if (text[pos] === ',') pos++;
        space();
      }
      pos++;
    } else if (c === '[') {
      pos++;
      space();
      for (let index = 0; text[pos] !== ']' && pos < text.length; index++) {
        value(`${path}[${index}]`);
        space();
        if (text[pos] === ',') pos++;
        space();
      }
      pos++;
    } else if (c === '"') {
      string();
    } else {
      while (pos < text.length && !',]} \t\n\r'.includes(text[pos])) pos++;
    }
  };
  value('');
  return places;
}
