// The release archive's configurator, opened from the disk (file://): browsers refuse its
// module scripts there, so the page would look ready and do nothing. This classic script,
// which browsers do run from the disk, shows the paragraph that says what to do instead.
if (location.protocol === 'file:') document.getElementById('opened-from-disk').hidden = false;
