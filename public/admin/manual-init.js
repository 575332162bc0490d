// Laman starts Decap CMS itself (cms/admin/main.ts) after registering its Indonesian
// locale, previews and checks; this must run before Decap's bundle loads.
window.CMS_MANUAL_INIT = true;
