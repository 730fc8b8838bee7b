// What rrweb-style session recorders do to see inside closed shadow roots: patch attachShadow
// and keep every root it returns. Loaded as an app module, after the loader.
window.recordedRoots = [];
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) {
  const root = attach.call(this, init);
  window.recordedRoots.push(root);
  return root;
};
