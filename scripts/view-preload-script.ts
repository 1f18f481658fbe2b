import { createHash } from "node:crypto";

/**
 * Written into index.html by the view-preloads plugin (see view-preloads.ts). Kept byte for byte:
 * the CSP allows exactly this script, by its hash. It first starts public/warm-intl.js, which loads
 * the locale data off the main thread, then adds the view's preload links.
 */
export const VIEW_PRELOAD_SCRIPT =
  '(function(){var d=document,q=new URLSearchParams(location.search);try{new Worker("warm-intl.js",{name:q.get("lang")||""})}catch(e){}var b=d.getElementById("view-preloads");if(!b)return;var p=JSON.parse(b.textContent);if(q.get("present")==="1"&&!q.get("embed"))return;var v=p.views[q.get("embed")||"dashboard"],c=p.langs[q.get("lang")||""];function l(r,h,a){var e=d.createElement("link");e.rel=r;e.href=h;if(a)e.as=a;e.crossOrigin="";d.head.appendChild(e)}if(v){v.css.forEach(function(h){l("preload",h,"style")});v.js.forEach(function(h){l("modulepreload",h)});v.data.forEach(function(h){l("preload",h,"fetch")})}if(c)l("modulepreload",c)})()';

export const VIEW_PRELOAD_SCRIPT_HASH = `'sha256-${createHash("sha256").update(VIEW_PRELOAD_SCRIPT).digest("base64")}'`;
