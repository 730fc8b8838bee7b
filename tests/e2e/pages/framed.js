// The widget page in a frame of another origin (localhost, not 127.0.0.1), with the sandbox
// flags of the query string, if any: ?sandbox=allow-scripts+allow-top-navigation-by-user-activation
const frame = document.createElement('iframe');
frame.src = `http://localhost:${location.port}/test/widget.html`;
const sandbox = new URLSearchParams(location.search).get('sandbox');
if (sandbox !== null) frame.sandbox = sandbox;
frame.style.cssText = 'width:100%;height:300px';
document.body.append(frame);
