// Where each value of a JSON text starts, as line:column, for the contacts checker's report.
// The verdict and the messages come from the widget's own Rust checker (check_contacts); this
// only turns its JSON paths into places in the text, and is run only on a text the checker
// has read as JSON (so its nesting is already bounded).

/** A map from JSON path (`services[0].contacts[1].value`) to `{ line, column }`, columns
 *  counted in characters from 1, as the checker's syntax errors count them. A repeated key's
 *  last value wins, as in the checker. */
export function locateValues(text) {
  const places = new Map();
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const placeOf = (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: [...text.slice(lineStarts[low], offset)].length + 1 };
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
