#!/usr/bin/env node
// logcheck 0.1.0 (MIT), built from this repository by scripts/bundle.ts with esbuild; licences of the bundled packages: logcheck.mjs.LICENSES.txt.
import { createRequire as __logcheckCreateRequire } from 'node:module';
const require = __logcheckCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require3() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// <define:LOGCHECK_PACKAGE>
var define_LOGCHECK_PACKAGE_default;
var init_define_LOGCHECK_PACKAGE = __esm({
  "<define:LOGCHECK_PACKAGE>"() {
    define_LOGCHECK_PACKAGE_default = { version: "0.1.0" };
  }
});

// node_modules/split2/index.js
var require_split2 = __commonJS({
  "node_modules/split2/index.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    var { Transform: Transform2 } = __require("stream");
    var { StringDecoder } = __require("string_decoder");
    var kLast = /* @__PURE__ */ Symbol("last");
    var kDecoder = /* @__PURE__ */ Symbol("decoder");
    function transform(chunk, enc, cb) {
      let list3;
      if (this.overflow) {
        const buf = this[kDecoder].write(chunk);
        list3 = buf.split(this.matcher);
        if (list3.length === 1) return cb();
        list3.shift();
        this.overflow = false;
      } else {
        this[kLast] += this[kDecoder].write(chunk);
        list3 = this[kLast].split(this.matcher);
      }
      this[kLast] = list3.pop();
      for (let i = 0; i < list3.length; i++) {
        try {
          push(this, this.mapper(list3[i]));
        } catch (error2) {
          return cb(error2);
        }
      }
      this.overflow = this[kLast].length > this.maxLength;
      if (this.overflow && !this.skipOverflow) {
        cb(new Error("maximum buffer reached"));
        return;
      }
      cb();
    }
    function flush(cb) {
      this[kLast] += this[kDecoder].end();
      if (this[kLast]) {
        try {
          push(this, this.mapper(this[kLast]));
        } catch (error2) {
          return cb(error2);
        }
      }
      cb();
    }
    function push(self, val) {
      if (val !== void 0) {
        self.push(val);
      }
    }
    function noop(incoming) {
      return incoming;
    }
    function split(matcher, mapper, options) {
      matcher = matcher || /\r?\n/;
      mapper = mapper || noop;
      options = options || {};
      switch (arguments.length) {
        case 1:
          if (typeof matcher === "function") {
            mapper = matcher;
            matcher = /\r?\n/;
          } else if (typeof matcher === "object" && !(matcher instanceof RegExp) && !matcher[Symbol.split]) {
            options = matcher;
            matcher = /\r?\n/;
          }
          break;
        case 2:
          if (typeof matcher === "function") {
            options = mapper;
            mapper = matcher;
            matcher = /\r?\n/;
          } else if (typeof mapper === "object") {
            options = mapper;
            mapper = noop;
          }
      }
      options = Object.assign({}, options);
      options.autoDestroy = true;
      options.transform = transform;
      options.flush = flush;
      options.readableObjectMode = true;
      const stream = new Transform2(options);
      stream[kLast] = "";
      stream[kDecoder] = new StringDecoder("utf8");
      stream.matcher = matcher;
      stream.mapper = mapper;
      stream.maxLength = options.maxLength;
      stream.skipOverflow = options.skipOverflow || false;
      stream.overflow = false;
      stream._destroy = function(err, cb) {
        this._writableState.errorEmitted = false;
        cb(err);
      };
      return stream;
    }
    module.exports = split;
  }
});

// node_modules/cli-table3/src/debug.js
var require_debug = __commonJS({
  "node_modules/cli-table3/src/debug.js"(exports, module) {
    init_define_LOGCHECK_PACKAGE();
    var messages = [];
    var level = 0;
    var debug = (msg, min) => {
      if (level >= min) {
        messages.push(msg);
      }
    };
    debug.WARN = 1;
    debug.INFO = 2;
    debug.DEBUG = 3;
    debug.reset = () => {
      messages = [];
    };
    debug.setDebugLevel = (v) => {
      level = v;
    };
    debug.warn = (msg) => debug(msg, debug.WARN);
    debug.info = (msg) => debug(msg, debug.INFO);
    debug.debug = (msg) => debug(msg, debug.DEBUG);
    debug.debugMessages = () => messages;
    module.exports = debug;
  }
});

// node_modules/ansi-regex/index.js
var require_ansi_regex = __commonJS({
  "node_modules/ansi-regex/index.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    module.exports = ({ onlyFirst = false } = {}) => {
      const pattern2 = [
        "[\\u001B\\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)",
        "(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))"
      ].join("|");
      return new RegExp(pattern2, onlyFirst ? void 0 : "g");
    };
  }
});

// node_modules/strip-ansi/index.js
var require_strip_ansi = __commonJS({
  "node_modules/strip-ansi/index.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    var ansiRegex2 = require_ansi_regex();
    module.exports = (string) => typeof string === "string" ? string.replace(ansiRegex2(), "") : string;
  }
});

// node_modules/is-fullwidth-code-point/index.js
var require_is_fullwidth_code_point = __commonJS({
  "node_modules/is-fullwidth-code-point/index.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    var isFullwidthCodePoint = (codePoint) => {
      if (Number.isNaN(codePoint)) {
        return false;
      }
      if (codePoint >= 4352 && (codePoint <= 4447 || // Hangul Jamo
      codePoint === 9001 || // LEFT-POINTING ANGLE BRACKET
      codePoint === 9002 || // RIGHT-POINTING ANGLE BRACKET
      // CJK Radicals Supplement .. Enclosed CJK Letters and Months
      11904 <= codePoint && codePoint <= 12871 && codePoint !== 12351 || // Enclosed CJK Letters and Months .. CJK Unified Ideographs Extension A
      12880 <= codePoint && codePoint <= 19903 || // CJK Unified Ideographs .. Yi Radicals
      19968 <= codePoint && codePoint <= 42182 || // Hangul Jamo Extended-A
      43360 <= codePoint && codePoint <= 43388 || // Hangul Syllables
      44032 <= codePoint && codePoint <= 55203 || // CJK Compatibility Ideographs
      63744 <= codePoint && codePoint <= 64255 || // Vertical Forms
      65040 <= codePoint && codePoint <= 65049 || // CJK Compatibility Forms .. Small Form Variants
      65072 <= codePoint && codePoint <= 65131 || // Halfwidth and Fullwidth Forms
      65281 <= codePoint && codePoint <= 65376 || 65504 <= codePoint && codePoint <= 65510 || // Kana Supplement
      110592 <= codePoint && codePoint <= 110593 || // Enclosed Ideographic Supplement
      127488 <= codePoint && codePoint <= 127569 || // CJK Unified Ideographs Extension B .. Tertiary Ideographic Plane
      131072 <= codePoint && codePoint <= 262141)) {
        return true;
      }
      return false;
    };
    module.exports = isFullwidthCodePoint;
    module.exports.default = isFullwidthCodePoint;
  }
});

// node_modules/emoji-regex/index.js
var require_emoji_regex = __commonJS({
  "node_modules/emoji-regex/index.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    module.exports = function() {
      return /\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62(?:\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74|\uDB40\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F|\uD83D\uDC68(?:\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68\uD83C\uDFFB|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFE])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D)?\uD83D\uDC68|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D[\uDC66\uDC67])|[\u2695\u2696\u2708]\uFE0F|\uD83D[\uDC66\uDC67]|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|(?:\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708])\uFE0F|\uD83C\uDFFB\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C[\uDFFB-\uDFFF])|(?:\uD83E\uDDD1\uD83C\uDFFB\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)\uD83C\uDFFB|\uD83E\uDDD1(?:\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1)|(?:\uD83E\uDDD1\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D(?:\uD83D[\uDC68\uDC69]))(?:\uD83C[\uDFFB-\uDFFE])|(?:\uD83E\uDDD1\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB\uDFFC])|\uD83D\uDC69(?:\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFB\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFC-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D(?:\uD83D[\uDC68\uDC69])|\uD83D[\uDC68\uDC69])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD]))|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|(?:\uD83E\uDDD1\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB-\uDFFD])|\uD83D\uDC69\u200D\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D\uDC41\uFE0F\u200D\uD83D\uDDE8|\uD83D\uDC69(?:\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708]|\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\u200D[\u2695\u2696\u2708])|(?:(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)\uFE0F|\uD83D\uDC6F|\uD83E[\uDD3C\uDDDE\uDDDF])\u200D[\u2640\u2642]|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|\u200D[\u2640\u2642])|\uD83C\uDFF4\u200D\u2620)\uFE0F|\uD83D\uDC69\u200D\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08|\uD83D\uDC15\u200D\uD83E\uDDBA|\uD83D\uDC69\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC67|\uD83C\uDDFD\uD83C\uDDF0|\uD83C\uDDF4\uD83C\uDDF2|\uD83C\uDDF6\uD83C\uDDE6|[#\*0-9]\uFE0F\u20E3|\uD83C\uDDE7(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF])|\uD83C\uDDF9(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF])|\uD83C\uDDEA(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA])|\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF7(?:\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC])|\uD83D\uDC69(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF2(?:\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF])|\uD83C\uDDE6(?:\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF])|\uD83C\uDDF0(?:\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF])|\uD83C\uDDED(?:\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA])|\uD83C\uDDE9(?:\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF])|\uD83C\uDDFE(?:\uD83C[\uDDEA\uDDF9])|\uD83C\uDDEC(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE])|\uD83C\uDDF8(?:\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF])|\uD83C\uDDEB(?:\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7])|\uD83C\uDDF5(?:\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE])|\uD83C\uDDFB(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA])|\uD83C\uDDF3(?:\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF])|\uD83C\uDDE8(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF5\uDDF7\uDDFA-\uDDFF])|\uD83C\uDDF1(?:\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE])|\uD83C\uDDFF(?:\uD83C[\uDDE6\uDDF2\uDDFC])|\uD83C\uDDFC(?:\uD83C[\uDDEB\uDDF8])|\uD83C\uDDFA(?:\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF])|\uD83C\uDDEE(?:\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9])|\uD83C\uDDEF(?:\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5])|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:\uD83C[\uDFFB-\uDFFF])|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u261D\u270A-\u270D]|\uD83C[\uDF85\uDFC2\uDFC7]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC70\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDCAA\uDD74\uDD7A\uDD90\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1C\uDD1E\uDD1F\uDD30-\uDD36\uDDB5\uDDB6\uDDBB\uDDD2-\uDDD5])(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u231A\u231B\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55]|\uD83C[\uDC04\uDCCF\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF7C\uDF7E-\uDF93\uDFA0-\uDFCA\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF4\uDFF8-\uDFFF]|\uD83D[\uDC00-\uDC3E\uDC40\uDC42-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDD7A\uDD95\uDD96\uDDA4\uDDFB-\uDE4F\uDE80-\uDEC5\uDECC\uDED0-\uDED2\uDED5\uDEEB\uDEEC\uDEF4-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])|(?:[#\*0-9\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23E9-\u23F3\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB-\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u261D\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692-\u2697\u2699\u269B\u269C\u26A0\u26A1\u26AA\u26AB\u26B0\u26B1\u26BD\u26BE\u26C4\u26C5\u26C8\u26CE\u26CF\u26D1\u26D3\u26D4\u26E9\u26EA\u26F0-\u26F5\u26F7-\u26FA\u26FD\u2702\u2705\u2708-\u270D\u270F\u2712\u2714\u2716\u271D\u2721\u2728\u2733\u2734\u2744\u2747\u274C\u274E\u2753-\u2755\u2757\u2763\u2764\u2795-\u2797\u27A1\u27B0\u27BF\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B50\u2B55\u3030\u303D\u3297\u3299]|\uD83C[\uDC04\uDCCF\uDD70\uDD71\uDD7E\uDD7F\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE02\uDE1A\uDE2F\uDE32-\uDE3A\uDE50\uDE51\uDF00-\uDF21\uDF24-\uDF93\uDF96\uDF97\uDF99-\uDF9B\uDF9E-\uDFF0\uDFF3-\uDFF5\uDFF7-\uDFFF]|\uD83D[\uDC00-\uDCFD\uDCFF-\uDD3D\uDD49-\uDD4E\uDD50-\uDD67\uDD6F\uDD70\uDD73-\uDD7A\uDD87\uDD8A-\uDD8D\uDD90\uDD95\uDD96\uDDA4\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA-\uDE4F\uDE80-\uDEC5\uDECB-\uDED2\uDED5\uDEE0-\uDEE5\uDEE9\uDEEB\uDEEC\uDEF0\uDEF3-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])\uFE0F|(?:[\u261D\u26F9\u270A-\u270D]|\uD83C[\uDF85\uDFC2-\uDFC4\uDFC7\uDFCA-\uDFCC]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66-\uDC78\uDC7C\uDC81-\uDC83\uDC85-\uDC87\uDC8F\uDC91\uDCAA\uDD74\uDD75\uDD7A\uDD90\uDD95\uDD96\uDE45-\uDE47\uDE4B-\uDE4F\uDEA3\uDEB4-\uDEB6\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1F\uDD26\uDD30-\uDD39\uDD3C-\uDD3E\uDDB5\uDDB6\uDDB8\uDDB9\uDDBB\uDDCD-\uDDCF\uDDD1-\uDDDD])/g;
    };
  }
});

// node_modules/string-width/index.js
var require_string_width = __commonJS({
  "node_modules/string-width/index.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    var stripAnsi2 = require_strip_ansi();
    var isFullwidthCodePoint = require_is_fullwidth_code_point();
    var emojiRegex = require_emoji_regex();
    var stringWidth2 = (string) => {
      if (typeof string !== "string" || string.length === 0) {
        return 0;
      }
      string = stripAnsi2(string);
      if (string.length === 0) {
        return 0;
      }
      string = string.replace(emojiRegex(), "  ");
      let width = 0;
      for (let i = 0; i < string.length; i++) {
        const code = string.codePointAt(i);
        if (code <= 31 || code >= 127 && code <= 159) {
          continue;
        }
        if (code >= 768 && code <= 879) {
          continue;
        }
        if (code > 65535) {
          i++;
        }
        width += isFullwidthCodePoint(code) ? 2 : 1;
      }
      return width;
    };
    module.exports = stringWidth2;
    module.exports.default = stringWidth2;
  }
});

// node_modules/cli-table3/src/utils.js
var require_utils = __commonJS({
  "node_modules/cli-table3/src/utils.js"(exports, module) {
    init_define_LOGCHECK_PACKAGE();
    var stringWidth2 = require_string_width();
    function codeRegex(capture) {
      return capture ? /\u001b\[((?:\d*;){0,5}\d*)m/g : /\u001b\[(?:\d*;){0,5}\d*m/g;
    }
    function strlen(str) {
      let code = codeRegex();
      let stripped = ("" + str).replace(code, "");
      let split = stripped.split("\n");
      return split.reduce(function(memo, s) {
        return stringWidth2(s) > memo ? stringWidth2(s) : memo;
      }, 0);
    }
    function repeat(str, times) {
      return Array(times + 1).join(str);
    }
    function pad(str, len, pad2, dir) {
      let length = strlen(str);
      if (len + 1 >= length) {
        let padlen = len - length;
        switch (dir) {
          case "right": {
            str = repeat(pad2, padlen) + str;
            break;
          }
          case "center": {
            let right = Math.ceil(padlen / 2);
            let left = padlen - right;
            str = repeat(pad2, left) + str + repeat(pad2, right);
            break;
          }
          default: {
            str = str + repeat(pad2, padlen);
            break;
          }
        }
      }
      return str;
    }
    var codeCache = {};
    function addToCodeCache(name, on, off) {
      on = "\x1B[" + on + "m";
      off = "\x1B[" + off + "m";
      codeCache[on] = { set: name, to: true };
      codeCache[off] = { set: name, to: false };
      codeCache[name] = { on, off };
    }
    addToCodeCache("bold", 1, 22);
    addToCodeCache("italics", 3, 23);
    addToCodeCache("underline", 4, 24);
    addToCodeCache("inverse", 7, 27);
    addToCodeCache("strikethrough", 9, 29);
    function updateState(state, controlChars) {
      let controlCode = controlChars[1] ? parseInt(controlChars[1].split(";")[0]) : 0;
      if (controlCode >= 30 && controlCode <= 39 || controlCode >= 90 && controlCode <= 97) {
        state.lastForegroundAdded = controlChars[0];
        return;
      }
      if (controlCode >= 40 && controlCode <= 49 || controlCode >= 100 && controlCode <= 107) {
        state.lastBackgroundAdded = controlChars[0];
        return;
      }
      if (controlCode === 0) {
        for (let i in state) {
          if (Object.prototype.hasOwnProperty.call(state, i)) {
            delete state[i];
          }
        }
        return;
      }
      let info2 = codeCache[controlChars[0]];
      if (info2) {
        state[info2.set] = info2.to;
      }
    }
    function readState(line) {
      let code = codeRegex(true);
      let controlChars = code.exec(line);
      let state = {};
      while (controlChars !== null) {
        updateState(state, controlChars);
        controlChars = code.exec(line);
      }
      return state;
    }
    function unwindState(state, ret) {
      let lastBackgroundAdded = state.lastBackgroundAdded;
      let lastForegroundAdded = state.lastForegroundAdded;
      delete state.lastBackgroundAdded;
      delete state.lastForegroundAdded;
      Object.keys(state).forEach(function(key) {
        if (state[key]) {
          ret += codeCache[key].off;
        }
      });
      if (lastBackgroundAdded && lastBackgroundAdded != "\x1B[49m") {
        ret += "\x1B[49m";
      }
      if (lastForegroundAdded && lastForegroundAdded != "\x1B[39m") {
        ret += "\x1B[39m";
      }
      return ret;
    }
    function rewindState(state, ret) {
      let lastBackgroundAdded = state.lastBackgroundAdded;
      let lastForegroundAdded = state.lastForegroundAdded;
      delete state.lastBackgroundAdded;
      delete state.lastForegroundAdded;
      Object.keys(state).forEach(function(key) {
        if (state[key]) {
          ret = codeCache[key].on + ret;
        }
      });
      if (lastBackgroundAdded && lastBackgroundAdded != "\x1B[49m") {
        ret = lastBackgroundAdded + ret;
      }
      if (lastForegroundAdded && lastForegroundAdded != "\x1B[39m") {
        ret = lastForegroundAdded + ret;
      }
      return ret;
    }
    function truncateWidth(str, desiredLength) {
      if (str.length === strlen(str)) {
        return str.substr(0, desiredLength);
      }
      while (strlen(str) > desiredLength) {
        str = str.slice(0, -1);
      }
      return str;
    }
    function truncateWidthWithAnsi(str, desiredLength) {
      let code = codeRegex(true);
      let split = str.split(codeRegex());
      let splitIndex = 0;
      let retLen = 0;
      let ret = "";
      let myArray;
      let state = {};
      while (retLen < desiredLength) {
        myArray = code.exec(str);
        let toAdd = split[splitIndex];
        splitIndex++;
        if (retLen + strlen(toAdd) > desiredLength) {
          toAdd = truncateWidth(toAdd, desiredLength - retLen);
        }
        ret += toAdd;
        retLen += strlen(toAdd);
        if (retLen < desiredLength) {
          if (!myArray) {
            break;
          }
          ret += myArray[0];
          updateState(state, myArray);
        }
      }
      return unwindState(state, ret);
    }
    function truncate(str, desiredLength, truncateChar) {
      truncateChar = truncateChar || "\u2026";
      let lengthOfStr = strlen(str);
      if (lengthOfStr <= desiredLength) {
        return str;
      }
      desiredLength -= strlen(truncateChar);
      let ret = truncateWidthWithAnsi(str, desiredLength);
      ret += truncateChar;
      const hrefTag = "\x1B]8;;\x07";
      if (str.includes(hrefTag) && !ret.includes(hrefTag)) {
        ret += hrefTag;
      }
      return ret;
    }
    function defaultOptions2() {
      return {
        chars: {
          top: "\u2500",
          "top-mid": "\u252C",
          "top-left": "\u250C",
          "top-right": "\u2510",
          bottom: "\u2500",
          "bottom-mid": "\u2534",
          "bottom-left": "\u2514",
          "bottom-right": "\u2518",
          left: "\u2502",
          "left-mid": "\u251C",
          mid: "\u2500",
          "mid-mid": "\u253C",
          right: "\u2502",
          "right-mid": "\u2524",
          middle: "\u2502"
        },
        truncate: "\u2026",
        colWidths: [],
        rowHeights: [],
        colAligns: [],
        rowAligns: [],
        style: {
          "padding-left": 1,
          "padding-right": 1,
          head: ["red"],
          border: ["grey"],
          compact: false
        },
        head: []
      };
    }
    function mergeOptions(options, defaults) {
      options = options || {};
      defaults = defaults || defaultOptions2();
      let ret = Object.assign({}, defaults, options);
      ret.chars = Object.assign({}, defaults.chars, options.chars);
      ret.style = Object.assign({}, defaults.style, options.style);
      return ret;
    }
    function wordWrap(maxLength, input) {
      let lines = [];
      let split = input.split(/(\s+)/g);
      let line = [];
      let lineLength = 0;
      let whitespace;
      for (let i = 0; i < split.length; i += 2) {
        let word = split[i];
        let newLength = lineLength + strlen(word);
        if (lineLength > 0 && whitespace) {
          newLength += whitespace.length;
        }
        if (newLength > maxLength) {
          if (lineLength !== 0) {
            lines.push(line.join(""));
          }
          line = [word];
          lineLength = strlen(word);
        } else {
          line.push(whitespace || "", word);
          lineLength = newLength;
        }
        whitespace = split[i + 1];
      }
      if (lineLength) {
        lines.push(line.join(""));
      }
      return lines;
    }
    function textWrap(maxLength, input) {
      let lines = [];
      let line = "";
      function pushLine(str, ws) {
        if (line.length && ws) line += ws;
        line += str;
        while (line.length > maxLength) {
          lines.push(line.slice(0, maxLength));
          line = line.slice(maxLength);
        }
      }
      let split = input.split(/(\s+)/g);
      for (let i = 0; i < split.length; i += 2) {
        pushLine(split[i], i && split[i - 1]);
      }
      if (line.length) lines.push(line);
      return lines;
    }
    function multiLineWordWrap(maxLength, input, wrapOnWordBoundary = true) {
      let output = [];
      input = input.split("\n");
      const handler = wrapOnWordBoundary ? wordWrap : textWrap;
      for (let i = 0; i < input.length; i++) {
        output.push.apply(output, handler(maxLength, input[i]));
      }
      return output;
    }
    function colorizeLines(input) {
      let state = {};
      let output = [];
      for (let i = 0; i < input.length; i++) {
        let line = rewindState(state, input[i]);
        state = readState(line);
        let temp = Object.assign({}, state);
        output.push(unwindState(temp, line));
      }
      return output;
    }
    function hyperlink(url, text) {
      const OSC = "\x1B]";
      const BEL = "\x07";
      const SEP = ";";
      return [OSC, "8", SEP, SEP, url || text, BEL, text, OSC, "8", SEP, SEP, BEL].join("");
    }
    module.exports = {
      strlen,
      repeat,
      pad,
      truncate,
      mergeOptions,
      wordWrap: multiLineWordWrap,
      colorizeLines,
      hyperlink
    };
  }
});

// node_modules/@colors/colors/lib/styles.js
var require_styles = __commonJS({
  "node_modules/@colors/colors/lib/styles.js"(exports, module) {
    init_define_LOGCHECK_PACKAGE();
    var styles3 = {};
    module["exports"] = styles3;
    var codes = {
      reset: [0, 0],
      bold: [1, 22],
      dim: [2, 22],
      italic: [3, 23],
      underline: [4, 24],
      inverse: [7, 27],
      hidden: [8, 28],
      strikethrough: [9, 29],
      black: [30, 39],
      red: [31, 39],
      green: [32, 39],
      yellow: [33, 39],
      blue: [34, 39],
      magenta: [35, 39],
      cyan: [36, 39],
      white: [37, 39],
      gray: [90, 39],
      grey: [90, 39],
      brightRed: [91, 39],
      brightGreen: [92, 39],
      brightYellow: [93, 39],
      brightBlue: [94, 39],
      brightMagenta: [95, 39],
      brightCyan: [96, 39],
      brightWhite: [97, 39],
      bgBlack: [40, 49],
      bgRed: [41, 49],
      bgGreen: [42, 49],
      bgYellow: [43, 49],
      bgBlue: [44, 49],
      bgMagenta: [45, 49],
      bgCyan: [46, 49],
      bgWhite: [47, 49],
      bgGray: [100, 49],
      bgGrey: [100, 49],
      bgBrightRed: [101, 49],
      bgBrightGreen: [102, 49],
      bgBrightYellow: [103, 49],
      bgBrightBlue: [104, 49],
      bgBrightMagenta: [105, 49],
      bgBrightCyan: [106, 49],
      bgBrightWhite: [107, 49],
      // legacy styles for colors pre v1.0.0
      blackBG: [40, 49],
      redBG: [41, 49],
      greenBG: [42, 49],
      yellowBG: [43, 49],
      blueBG: [44, 49],
      magentaBG: [45, 49],
      cyanBG: [46, 49],
      whiteBG: [47, 49]
    };
    Object.keys(codes).forEach(function(key) {
      var val = codes[key];
      var style = styles3[key] = [];
      style.open = "\x1B[" + val[0] + "m";
      style.close = "\x1B[" + val[1] + "m";
    });
  }
});

// node_modules/@colors/colors/lib/system/has-flag.js
var require_has_flag = __commonJS({
  "node_modules/@colors/colors/lib/system/has-flag.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    module.exports = function(flag, argv) {
      argv = argv || process.argv;
      var terminatorPos = argv.indexOf("--");
      var prefix = /^-{1,2}/.test(flag) ? "" : "--";
      var pos = argv.indexOf(prefix + flag);
      return pos !== -1 && (terminatorPos === -1 ? true : pos < terminatorPos);
    };
  }
});

// node_modules/@colors/colors/lib/system/supports-colors.js
var require_supports_colors = __commonJS({
  "node_modules/@colors/colors/lib/system/supports-colors.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    var os2 = __require("os");
    var hasFlag2 = require_has_flag();
    var env2 = process.env;
    var forceColor = void 0;
    if (hasFlag2("no-color") || hasFlag2("no-colors") || hasFlag2("color=false")) {
      forceColor = false;
    } else if (hasFlag2("color") || hasFlag2("colors") || hasFlag2("color=true") || hasFlag2("color=always")) {
      forceColor = true;
    }
    if ("FORCE_COLOR" in env2) {
      forceColor = env2.FORCE_COLOR.length === 0 || parseInt(env2.FORCE_COLOR, 10) !== 0;
    }
    function translateLevel2(level) {
      if (level === 0) {
        return false;
      }
      return {
        level,
        hasBasic: true,
        has256: level >= 2,
        has16m: level >= 3
      };
    }
    function supportsColor2(stream) {
      if (forceColor === false) {
        return 0;
      }
      if (hasFlag2("color=16m") || hasFlag2("color=full") || hasFlag2("color=truecolor")) {
        return 3;
      }
      if (hasFlag2("color=256")) {
        return 2;
      }
      if (stream && !stream.isTTY && forceColor !== true) {
        return 0;
      }
      var min = forceColor ? 1 : 0;
      if (process.platform === "win32") {
        var osRelease = os2.release().split(".");
        if (Number(process.versions.node.split(".")[0]) >= 8 && Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
          return Number(osRelease[2]) >= 14931 ? 3 : 2;
        }
        return 1;
      }
      if ("CI" in env2) {
        if (["TRAVIS", "CIRCLECI", "APPVEYOR", "GITLAB_CI"].some(function(sign) {
          return sign in env2;
        }) || env2.CI_NAME === "codeship") {
          return 1;
        }
        return min;
      }
      if ("TEAMCITY_VERSION" in env2) {
        return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env2.TEAMCITY_VERSION) ? 1 : 0;
      }
      if ("TERM_PROGRAM" in env2) {
        var version = parseInt((env2.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
        switch (env2.TERM_PROGRAM) {
          case "iTerm.app":
            return version >= 3 ? 3 : 2;
          case "Hyper":
            return 3;
          case "Apple_Terminal":
            return 2;
        }
      }
      if (/-256(color)?$/i.test(env2.TERM)) {
        return 2;
      }
      if (/^screen|^xterm|^vt100|^rxvt|color|ansi|cygwin|linux/i.test(env2.TERM)) {
        return 1;
      }
      if ("COLORTERM" in env2) {
        return 1;
      }
      if (env2.TERM === "dumb") {
        return min;
      }
      return min;
    }
    function getSupportLevel(stream) {
      var level = supportsColor2(stream);
      return translateLevel2(level);
    }
    module.exports = {
      supportsColor: getSupportLevel,
      stdout: getSupportLevel(process.stdout),
      stderr: getSupportLevel(process.stderr)
    };
  }
});

// node_modules/@colors/colors/lib/custom/trap.js
var require_trap = __commonJS({
  "node_modules/@colors/colors/lib/custom/trap.js"(exports, module) {
    init_define_LOGCHECK_PACKAGE();
    module["exports"] = function runTheTrap(text, options) {
      var result2 = "";
      text = text || "Run the trap, drop the bass";
      text = text.split("");
      var trap = {
        a: ["@", "\u0104", "\u023A", "\u0245", "\u0394", "\u039B", "\u0414"],
        b: ["\xDF", "\u0181", "\u0243", "\u026E", "\u03B2", "\u0E3F"],
        c: ["\xA9", "\u023B", "\u03FE"],
        d: ["\xD0", "\u018A", "\u0500", "\u0501", "\u0502", "\u0503"],
        e: [
          "\xCB",
          "\u0115",
          "\u018E",
          "\u0258",
          "\u03A3",
          "\u03BE",
          "\u04BC",
          "\u0A6C"
        ],
        f: ["\u04FA"],
        g: ["\u0262"],
        h: ["\u0126", "\u0195", "\u04A2", "\u04BA", "\u04C7", "\u050A"],
        i: ["\u0F0F"],
        j: ["\u0134"],
        k: ["\u0138", "\u04A0", "\u04C3", "\u051E"],
        l: ["\u0139"],
        m: ["\u028D", "\u04CD", "\u04CE", "\u0520", "\u0521", "\u0D69"],
        n: ["\xD1", "\u014B", "\u019D", "\u0376", "\u03A0", "\u048A"],
        o: [
          "\xD8",
          "\xF5",
          "\xF8",
          "\u01FE",
          "\u0298",
          "\u047A",
          "\u05DD",
          "\u06DD",
          "\u0E4F"
        ],
        p: ["\u01F7", "\u048E"],
        q: ["\u09CD"],
        r: ["\xAE", "\u01A6", "\u0210", "\u024C", "\u0280", "\u042F"],
        s: ["\xA7", "\u03DE", "\u03DF", "\u03E8"],
        t: ["\u0141", "\u0166", "\u0373"],
        u: ["\u01B1", "\u054D"],
        v: ["\u05D8"],
        w: ["\u0428", "\u0460", "\u047C", "\u0D70"],
        x: ["\u04B2", "\u04FE", "\u04FC", "\u04FD"],
        y: ["\xA5", "\u04B0", "\u04CB"],
        z: ["\u01B5", "\u0240"]
      };
      text.forEach(function(c) {
        c = c.toLowerCase();
        var chars = trap[c] || [" "];
        var rand = Math.floor(Math.random() * chars.length);
        if (typeof trap[c] !== "undefined") {
          result2 += trap[c][rand];
        } else {
          result2 += c;
        }
      });
      return result2;
    };
  }
});

// node_modules/@colors/colors/lib/custom/zalgo.js
var require_zalgo = __commonJS({
  "node_modules/@colors/colors/lib/custom/zalgo.js"(exports, module) {
    init_define_LOGCHECK_PACKAGE();
    module["exports"] = function zalgo(text, options) {
      text = text || "   he is here   ";
      var soul = {
        "up": [
          "\u030D",
          "\u030E",
          "\u0304",
          "\u0305",
          "\u033F",
          "\u0311",
          "\u0306",
          "\u0310",
          "\u0352",
          "\u0357",
          "\u0351",
          "\u0307",
          "\u0308",
          "\u030A",
          "\u0342",
          "\u0313",
          "\u0308",
          "\u034A",
          "\u034B",
          "\u034C",
          "\u0303",
          "\u0302",
          "\u030C",
          "\u0350",
          "\u0300",
          "\u0301",
          "\u030B",
          "\u030F",
          "\u0312",
          "\u0313",
          "\u0314",
          "\u033D",
          "\u0309",
          "\u0363",
          "\u0364",
          "\u0365",
          "\u0366",
          "\u0367",
          "\u0368",
          "\u0369",
          "\u036A",
          "\u036B",
          "\u036C",
          "\u036D",
          "\u036E",
          "\u036F",
          "\u033E",
          "\u035B",
          "\u0346",
          "\u031A"
        ],
        "down": [
          "\u0316",
          "\u0317",
          "\u0318",
          "\u0319",
          "\u031C",
          "\u031D",
          "\u031E",
          "\u031F",
          "\u0320",
          "\u0324",
          "\u0325",
          "\u0326",
          "\u0329",
          "\u032A",
          "\u032B",
          "\u032C",
          "\u032D",
          "\u032E",
          "\u032F",
          "\u0330",
          "\u0331",
          "\u0332",
          "\u0333",
          "\u0339",
          "\u033A",
          "\u033B",
          "\u033C",
          "\u0345",
          "\u0347",
          "\u0348",
          "\u0349",
          "\u034D",
          "\u034E",
          "\u0353",
          "\u0354",
          "\u0355",
          "\u0356",
          "\u0359",
          "\u035A",
          "\u0323"
        ],
        "mid": [
          "\u0315",
          "\u031B",
          "\u0300",
          "\u0301",
          "\u0358",
          "\u0321",
          "\u0322",
          "\u0327",
          "\u0328",
          "\u0334",
          "\u0335",
          "\u0336",
          "\u035C",
          "\u035D",
          "\u035E",
          "\u035F",
          "\u0360",
          "\u0362",
          "\u0338",
          "\u0337",
          "\u0361",
          " \u0489"
        ]
      };
      var all = [].concat(soul.up, soul.down, soul.mid);
      function randomNumber(range) {
        var r = Math.floor(Math.random() * range);
        return r;
      }
      function isChar(character) {
        var bool = false;
        all.filter(function(i) {
          bool = i === character;
        });
        return bool;
      }
      function heComes(text2, options2) {
        var result2 = "";
        var counts;
        var l;
        options2 = options2 || {};
        options2["up"] = typeof options2["up"] !== "undefined" ? options2["up"] : true;
        options2["mid"] = typeof options2["mid"] !== "undefined" ? options2["mid"] : true;
        options2["down"] = typeof options2["down"] !== "undefined" ? options2["down"] : true;
        options2["size"] = typeof options2["size"] !== "undefined" ? options2["size"] : "maxi";
        text2 = text2.split("");
        for (l in text2) {
          if (isChar(l)) {
            continue;
          }
          result2 = result2 + text2[l];
          counts = { "up": 0, "down": 0, "mid": 0 };
          switch (options2.size) {
            case "mini":
              counts.up = randomNumber(8);
              counts.mid = randomNumber(2);
              counts.down = randomNumber(8);
              break;
            case "maxi":
              counts.up = randomNumber(16) + 3;
              counts.mid = randomNumber(4) + 1;
              counts.down = randomNumber(64) + 3;
              break;
            default:
              counts.up = randomNumber(8) + 1;
              counts.mid = randomNumber(6) / 2;
              counts.down = randomNumber(8) + 1;
              break;
          }
          var arr = ["up", "mid", "down"];
          for (var d in arr) {
            var index = arr[d];
            for (var i = 0; i <= counts[index]; i++) {
              if (options2[index]) {
                result2 = result2 + soul[index][randomNumber(soul[index].length)];
              }
            }
          }
        }
        return result2;
      }
      return heComes(text, options);
    };
  }
});

// node_modules/@colors/colors/lib/maps/america.js
var require_america = __commonJS({
  "node_modules/@colors/colors/lib/maps/america.js"(exports, module) {
    init_define_LOGCHECK_PACKAGE();
    module["exports"] = function(colors) {
      return function(letter, i, exploded) {
        if (letter === " ") return letter;
        switch (i % 3) {
          case 0:
            return colors.red(letter);
          case 1:
            return colors.white(letter);
          case 2:
            return colors.blue(letter);
        }
      };
    };
  }
});

// node_modules/@colors/colors/lib/maps/zebra.js
var require_zebra = __commonJS({
  "node_modules/@colors/colors/lib/maps/zebra.js"(exports, module) {
    init_define_LOGCHECK_PACKAGE();
    module["exports"] = function(colors) {
      return function(letter, i, exploded) {
        return i % 2 === 0 ? letter : colors.inverse(letter);
      };
    };
  }
});

// node_modules/@colors/colors/lib/maps/rainbow.js
var require_rainbow = __commonJS({
  "node_modules/@colors/colors/lib/maps/rainbow.js"(exports, module) {
    init_define_LOGCHECK_PACKAGE();
    module["exports"] = function(colors) {
      var rainbowColors = ["red", "yellow", "green", "blue", "magenta"];
      return function(letter, i, exploded) {
        if (letter === " ") {
          return letter;
        } else {
          return colors[rainbowColors[i++ % rainbowColors.length]](letter);
        }
      };
    };
  }
});

// node_modules/@colors/colors/lib/maps/random.js
var require_random = __commonJS({
  "node_modules/@colors/colors/lib/maps/random.js"(exports, module) {
    init_define_LOGCHECK_PACKAGE();
    module["exports"] = function(colors) {
      var available = [
        "underline",
        "inverse",
        "grey",
        "yellow",
        "red",
        "green",
        "blue",
        "white",
        "cyan",
        "magenta",
        "brightYellow",
        "brightRed",
        "brightGreen",
        "brightBlue",
        "brightWhite",
        "brightCyan",
        "brightMagenta"
      ];
      return function(letter, i, exploded) {
        return letter === " " ? letter : colors[available[Math.round(Math.random() * (available.length - 2))]](letter);
      };
    };
  }
});

// node_modules/@colors/colors/lib/colors.js
var require_colors = __commonJS({
  "node_modules/@colors/colors/lib/colors.js"(exports, module) {
    init_define_LOGCHECK_PACKAGE();
    var colors = {};
    module["exports"] = colors;
    colors.themes = {};
    var util = __require("util");
    var ansiStyles2 = colors.styles = require_styles();
    var defineProps = Object.defineProperties;
    var newLineRegex = new RegExp(/[\r\n]+/g);
    colors.supportsColor = require_supports_colors().supportsColor;
    if (typeof colors.enabled === "undefined") {
      colors.enabled = colors.supportsColor() !== false;
    }
    colors.enable = function() {
      colors.enabled = true;
    };
    colors.disable = function() {
      colors.enabled = false;
    };
    colors.stripColors = colors.strip = function(str) {
      return ("" + str).replace(/\x1B\[\d+m/g, "");
    };
    var stylize = colors.stylize = function stylize2(str, style) {
      if (!colors.enabled) {
        return str + "";
      }
      var styleMap = ansiStyles2[style];
      if (!styleMap && style in colors) {
        return colors[style](str);
      }
      return styleMap.open + str + styleMap.close;
    };
    var matchOperatorsRe = /[|\\{}()[\]^$+*?.]/g;
    var escapeStringRegexp = function(str) {
      if (typeof str !== "string") {
        throw new TypeError("Expected a string");
      }
      return str.replace(matchOperatorsRe, "\\$&");
    };
    function build2(_styles) {
      var builder = function builder2() {
        return applyStyle2.apply(builder2, arguments);
      };
      builder._styles = _styles;
      builder.__proto__ = proto2;
      return builder;
    }
    var styles3 = (function() {
      var ret = {};
      ansiStyles2.grey = ansiStyles2.gray;
      Object.keys(ansiStyles2).forEach(function(key) {
        ansiStyles2[key].closeRe = new RegExp(escapeStringRegexp(ansiStyles2[key].close), "g");
        ret[key] = {
          get: function() {
            return build2(this._styles.concat(key));
          }
        };
      });
      return ret;
    })();
    var proto2 = defineProps(function colors2() {
    }, styles3);
    function applyStyle2() {
      var args = Array.prototype.slice.call(arguments);
      var str = args.map(function(arg) {
        if (arg != null && arg.constructor === String) {
          return arg;
        } else {
          return util.inspect(arg);
        }
      }).join(" ");
      if (!colors.enabled || !str) {
        return str;
      }
      var newLinesPresent = str.indexOf("\n") != -1;
      var nestedStyles = this._styles;
      var i = nestedStyles.length;
      while (i--) {
        var code = ansiStyles2[nestedStyles[i]];
        str = code.open + str.replace(code.closeRe, code.open) + code.close;
        if (newLinesPresent) {
          str = str.replace(newLineRegex, function(match) {
            return code.close + match + code.open;
          });
        }
      }
      return str;
    }
    colors.setTheme = function(theme) {
      if (typeof theme === "string") {
        console.log("colors.setTheme now only accepts an object, not a string.  If you are trying to set a theme from a file, it is now your (the caller's) responsibility to require the file.  The old syntax looked like colors.setTheme(__dirname + '/../themes/generic-logging.js'); The new syntax looks like colors.setTheme(require(__dirname + '/../themes/generic-logging.js'));");
        return;
      }
      for (var style in theme) {
        (function(style2) {
          colors[style2] = function(str) {
            if (typeof theme[style2] === "object") {
              var out = str;
              for (var i in theme[style2]) {
                out = colors[theme[style2][i]](out);
              }
              return out;
            }
            return colors[theme[style2]](str);
          };
        })(style);
      }
    };
    function init() {
      var ret = {};
      Object.keys(styles3).forEach(function(name) {
        ret[name] = {
          get: function() {
            return build2([name]);
          }
        };
      });
      return ret;
    }
    var sequencer = function sequencer2(map2, str) {
      var exploded = str.split("");
      exploded = exploded.map(map2);
      return exploded.join("");
    };
    colors.trap = require_trap();
    colors.zalgo = require_zalgo();
    colors.maps = {};
    colors.maps.america = require_america()(colors);
    colors.maps.zebra = require_zebra()(colors);
    colors.maps.rainbow = require_rainbow()(colors);
    colors.maps.random = require_random()(colors);
    for (map in colors.maps) {
      (function(map2) {
        colors[map2] = function(str) {
          return sequencer(colors.maps[map2], str);
        };
      })(map);
    }
    var map;
    defineProps(colors, init());
  }
});

// node_modules/@colors/colors/safe.js
var require_safe = __commonJS({
  "node_modules/@colors/colors/safe.js"(exports, module) {
    init_define_LOGCHECK_PACKAGE();
    var colors = require_colors();
    module["exports"] = colors;
  }
});

// node_modules/cli-table3/src/cell.js
var require_cell = __commonJS({
  "node_modules/cli-table3/src/cell.js"(exports, module) {
    init_define_LOGCHECK_PACKAGE();
    var { info: info2, debug } = require_debug();
    var utils = require_utils();
    var Cell = class _Cell {
      /**
       * A representation of a cell within the table.
       * Implementations must have `init` and `draw` methods,
       * as well as `colSpan`, `rowSpan`, `desiredHeight` and `desiredWidth` properties.
       * @param options
       * @constructor
       */
      constructor(options) {
        this.setOptions(options);
        this.x = null;
        this.y = null;
      }
      setOptions(options) {
        if (["boolean", "number", "bigint", "string"].indexOf(typeof options) !== -1) {
          options = { content: "" + options };
        }
        options = options || {};
        this.options = options;
        let content = options.content;
        if (["boolean", "number", "bigint", "string"].indexOf(typeof content) !== -1) {
          this.content = String(content);
        } else if (!content) {
          this.content = this.options.href || "";
        } else {
          throw new Error("Content needs to be a primitive, got: " + typeof content);
        }
        this.colSpan = options.colSpan || 1;
        this.rowSpan = options.rowSpan || 1;
        if (this.options.href) {
          Object.defineProperty(this, "href", {
            get() {
              return this.options.href;
            }
          });
        }
      }
      mergeTableOptions(tableOptions, cells) {
        this.cells = cells;
        let optionsChars = this.options.chars || {};
        let tableChars = tableOptions.chars;
        let chars = this.chars = {};
        CHAR_NAMES.forEach(function(name) {
          setOption(optionsChars, tableChars, name, chars);
        });
        this.truncate = this.options.truncate || tableOptions.truncate;
        let style = this.options.style = this.options.style || {};
        let tableStyle = tableOptions.style;
        setOption(style, tableStyle, "padding-left", this);
        setOption(style, tableStyle, "padding-right", this);
        this.head = style.head || tableStyle.head;
        this.border = style.border || tableStyle.border;
        this.fixedWidth = tableOptions.colWidths[this.x];
        this.lines = this.computeLines(tableOptions);
        this.desiredWidth = utils.strlen(this.content) + this.paddingLeft + this.paddingRight;
        this.desiredHeight = this.lines.length;
      }
      computeLines(tableOptions) {
        const tableWordWrap = tableOptions.wordWrap || tableOptions.textWrap;
        const { wordWrap = tableWordWrap } = this.options;
        if (this.fixedWidth && wordWrap) {
          this.fixedWidth -= this.paddingLeft + this.paddingRight;
          if (this.colSpan) {
            let i = 1;
            while (i < this.colSpan) {
              this.fixedWidth += tableOptions.colWidths[this.x + i];
              i++;
            }
          }
          const { wrapOnWordBoundary: tableWrapOnWordBoundary = true } = tableOptions;
          const { wrapOnWordBoundary = tableWrapOnWordBoundary } = this.options;
          return this.wrapLines(utils.wordWrap(this.fixedWidth, this.content, wrapOnWordBoundary));
        }
        return this.wrapLines(this.content.split("\n"));
      }
      wrapLines(computedLines) {
        const lines = utils.colorizeLines(computedLines);
        if (this.href) {
          return lines.map((line) => utils.hyperlink(this.href, line));
        }
        return lines;
      }
      /**
       * Initializes the Cells data structure.
       *
       * @param tableOptions - A fully populated set of tableOptions.
       * In addition to the standard default values, tableOptions must have fully populated the
       * `colWidths` and `rowWidths` arrays. Those arrays must have lengths equal to the number
       * of columns or rows (respectively) in this table, and each array item must be a Number.
       *
       */
      init(tableOptions) {
        let x = this.x;
        let y = this.y;
        this.widths = tableOptions.colWidths.slice(x, x + this.colSpan);
        this.heights = tableOptions.rowHeights.slice(y, y + this.rowSpan);
        this.width = this.widths.reduce(sumPlusOne, -1);
        this.height = this.heights.reduce(sumPlusOne, -1);
        this.hAlign = this.options.hAlign || tableOptions.colAligns[x];
        this.vAlign = this.options.vAlign || tableOptions.rowAligns[y];
        this.drawRight = x + this.colSpan == tableOptions.colWidths.length;
      }
      /**
       * Draws the given line of the cell.
       * This default implementation defers to methods `drawTop`, `drawBottom`, `drawLine` and `drawEmpty`.
       * @param lineNum - can be `top`, `bottom` or a numerical line number.
       * @param spanningCell - will be a number if being called from a RowSpanCell, and will represent how
       * many rows below it's being called from. Otherwise it's undefined.
       * @returns {String} The representation of this line.
       */
      draw(lineNum, spanningCell) {
        if (lineNum == "top") return this.drawTop(this.drawRight);
        if (lineNum == "bottom") return this.drawBottom(this.drawRight);
        let content = utils.truncate(this.content, 10, this.truncate);
        if (!lineNum) {
          info2(`${this.y}-${this.x}: ${this.rowSpan - lineNum}x${this.colSpan} Cell ${content}`);
        } else {
        }
        let padLen = Math.max(this.height - this.lines.length, 0);
        let padTop;
        switch (this.vAlign) {
          case "center":
            padTop = Math.ceil(padLen / 2);
            break;
          case "bottom":
            padTop = padLen;
            break;
          default:
            padTop = 0;
        }
        if (lineNum < padTop || lineNum >= padTop + this.lines.length) {
          return this.drawEmpty(this.drawRight, spanningCell);
        }
        let forceTruncation = this.lines.length > this.height && lineNum + 1 >= this.height;
        return this.drawLine(lineNum - padTop, this.drawRight, forceTruncation, spanningCell);
      }
      /**
       * Renders the top line of the cell.
       * @param drawRight - true if this method should render the right edge of the cell.
       * @returns {String}
       */
      drawTop(drawRight) {
        let content = [];
        if (this.cells) {
          this.widths.forEach(function(width, index) {
            content.push(this._topLeftChar(index));
            content.push(utils.repeat(this.chars[this.y == 0 ? "top" : "mid"], width));
          }, this);
        } else {
          content.push(this._topLeftChar(0));
          content.push(utils.repeat(this.chars[this.y == 0 ? "top" : "mid"], this.width));
        }
        if (drawRight) {
          content.push(this.chars[this.y == 0 ? "topRight" : "rightMid"]);
        }
        return this.wrapWithStyleColors("border", content.join(""));
      }
      _topLeftChar(offset) {
        let x = this.x + offset;
        let leftChar;
        if (this.y == 0) {
          leftChar = x == 0 ? "topLeft" : offset == 0 ? "topMid" : "top";
        } else {
          if (x == 0) {
            leftChar = "leftMid";
          } else {
            leftChar = offset == 0 ? "midMid" : "bottomMid";
            if (this.cells) {
              let spanAbove = this.cells[this.y - 1][x] instanceof _Cell.ColSpanCell;
              if (spanAbove) {
                leftChar = offset == 0 ? "topMid" : "mid";
              }
              if (offset == 0) {
                let i = 1;
                while (this.cells[this.y][x - i] instanceof _Cell.ColSpanCell) {
                  i++;
                }
                if (this.cells[this.y][x - i] instanceof _Cell.RowSpanCell) {
                  leftChar = "leftMid";
                }
              }
            }
          }
        }
        return this.chars[leftChar];
      }
      wrapWithStyleColors(styleProperty, content) {
        if (this[styleProperty] && this[styleProperty].length) {
          try {
            let colors = require_safe();
            for (let i = this[styleProperty].length - 1; i >= 0; i--) {
              colors = colors[this[styleProperty][i]];
            }
            return colors(content);
          } catch (e) {
            return content;
          }
        } else {
          return content;
        }
      }
      /**
       * Renders a line of text.
       * @param lineNum - Which line of text to render. This is not necessarily the line within the cell.
       * There may be top-padding above the first line of text.
       * @param drawRight - true if this method should render the right edge of the cell.
       * @param forceTruncationSymbol - `true` if the rendered text should end with the truncation symbol even
       * if the text fits. This is used when the cell is vertically truncated. If `false` the text should
       * only include the truncation symbol if the text will not fit horizontally within the cell width.
       * @param spanningCell - a number of if being called from a RowSpanCell. (how many rows below). otherwise undefined.
       * @returns {String}
       */
      drawLine(lineNum, drawRight, forceTruncationSymbol, spanningCell) {
        let left = this.chars[this.x == 0 ? "left" : "middle"];
        if (this.x && spanningCell && this.cells) {
          let cellLeft = this.cells[this.y + spanningCell][this.x - 1];
          while (cellLeft instanceof ColSpanCell) {
            cellLeft = this.cells[cellLeft.y][cellLeft.x - 1];
          }
          if (!(cellLeft instanceof RowSpanCell)) {
            left = this.chars["rightMid"];
          }
        }
        let leftPadding = utils.repeat(" ", this.paddingLeft);
        let right = drawRight ? this.chars["right"] : "";
        let rightPadding = utils.repeat(" ", this.paddingRight);
        let line = this.lines[lineNum];
        let len = this.width - (this.paddingLeft + this.paddingRight);
        if (forceTruncationSymbol) line += this.truncate || "\u2026";
        let content = utils.truncate(line, len, this.truncate);
        content = utils.pad(content, len, " ", this.hAlign);
        content = leftPadding + content + rightPadding;
        return this.stylizeLine(left, content, right);
      }
      stylizeLine(left, content, right) {
        left = this.wrapWithStyleColors("border", left);
        right = this.wrapWithStyleColors("border", right);
        if (this.y === 0) {
          content = this.wrapWithStyleColors("head", content);
        }
        return left + content + right;
      }
      /**
       * Renders the bottom line of the cell.
       * @param drawRight - true if this method should render the right edge of the cell.
       * @returns {String}
       */
      drawBottom(drawRight) {
        let left = this.chars[this.x == 0 ? "bottomLeft" : "bottomMid"];
        let content = utils.repeat(this.chars.bottom, this.width);
        let right = drawRight ? this.chars["bottomRight"] : "";
        return this.wrapWithStyleColors("border", left + content + right);
      }
      /**
       * Renders a blank line of text within the cell. Used for top and/or bottom padding.
       * @param drawRight - true if this method should render the right edge of the cell.
       * @param spanningCell - a number of if being called from a RowSpanCell. (how many rows below). otherwise undefined.
       * @returns {String}
       */
      drawEmpty(drawRight, spanningCell) {
        let left = this.chars[this.x == 0 ? "left" : "middle"];
        if (this.x && spanningCell && this.cells) {
          let cellLeft = this.cells[this.y + spanningCell][this.x - 1];
          while (cellLeft instanceof ColSpanCell) {
            cellLeft = this.cells[cellLeft.y][cellLeft.x - 1];
          }
          if (!(cellLeft instanceof RowSpanCell)) {
            left = this.chars["rightMid"];
          }
        }
        let right = drawRight ? this.chars["right"] : "";
        let content = utils.repeat(" ", this.width);
        return this.stylizeLine(left, content, right);
      }
    };
    var ColSpanCell = class {
      /**
       * A Cell that doesn't do anything. It just draws empty lines.
       * Used as a placeholder in column spanning.
       * @constructor
       */
      constructor() {
      }
      draw(lineNum) {
        if (typeof lineNum === "number") {
          debug(`${this.y}-${this.x}: 1x1 ColSpanCell`);
        }
        return "";
      }
      init() {
      }
      mergeTableOptions() {
      }
    };
    var RowSpanCell = class {
      /**
       * A placeholder Cell for a Cell that spans multiple rows.
       * It delegates rendering to the original cell, but adds the appropriate offset.
       * @param originalCell
       * @constructor
       */
      constructor(originalCell) {
        this.originalCell = originalCell;
      }
      init(tableOptions) {
        let y = this.y;
        let originalY = this.originalCell.y;
        this.cellOffset = y - originalY;
        this.offset = findDimension(tableOptions.rowHeights, originalY, this.cellOffset);
      }
      draw(lineNum) {
        if (lineNum == "top") {
          return this.originalCell.draw(this.offset, this.cellOffset);
        }
        if (lineNum == "bottom") {
          return this.originalCell.draw("bottom");
        }
        debug(`${this.y}-${this.x}: 1x${this.colSpan} RowSpanCell for ${this.originalCell.content}`);
        return this.originalCell.draw(this.offset + 1 + lineNum);
      }
      mergeTableOptions() {
      }
    };
    function firstDefined(...args) {
      return args.filter((v) => v !== void 0 && v !== null).shift();
    }
    function setOption(objA, objB, nameB, targetObj) {
      let nameA = nameB.split("-");
      if (nameA.length > 1) {
        nameA[1] = nameA[1].charAt(0).toUpperCase() + nameA[1].substr(1);
        nameA = nameA.join("");
        targetObj[nameA] = firstDefined(objA[nameA], objA[nameB], objB[nameA], objB[nameB]);
      } else {
        targetObj[nameB] = firstDefined(objA[nameB], objB[nameB]);
      }
    }
    function findDimension(dimensionTable, startingIndex, span) {
      let ret = dimensionTable[startingIndex];
      for (let i = 1; i < span; i++) {
        ret += 1 + dimensionTable[startingIndex + i];
      }
      return ret;
    }
    function sumPlusOne(a, b) {
      return a + b + 1;
    }
    var CHAR_NAMES = [
      "top",
      "top-mid",
      "top-left",
      "top-right",
      "bottom",
      "bottom-mid",
      "bottom-left",
      "bottom-right",
      "left",
      "left-mid",
      "mid",
      "mid-mid",
      "right",
      "right-mid",
      "middle"
    ];
    module.exports = Cell;
    module.exports.ColSpanCell = ColSpanCell;
    module.exports.RowSpanCell = RowSpanCell;
  }
});

// node_modules/cli-table3/src/layout-manager.js
var require_layout_manager = __commonJS({
  "node_modules/cli-table3/src/layout-manager.js"(exports, module) {
    init_define_LOGCHECK_PACKAGE();
    var { warn, debug } = require_debug();
    var Cell = require_cell();
    var { ColSpanCell, RowSpanCell } = Cell;
    (function() {
      function next(alloc, col) {
        if (alloc[col] > 0) {
          return next(alloc, col + 1);
        }
        return col;
      }
      function layoutTable(table) {
        let alloc = {};
        table.forEach(function(row, rowIndex) {
          let col = 0;
          row.forEach(function(cell) {
            cell.y = rowIndex;
            cell.x = rowIndex ? next(alloc, col) : col;
            const rowSpan = cell.rowSpan || 1;
            const colSpan = cell.colSpan || 1;
            if (rowSpan > 1) {
              for (let cs = 0; cs < colSpan; cs++) {
                alloc[cell.x + cs] = rowSpan;
              }
            }
            col = cell.x + colSpan;
          });
          Object.keys(alloc).forEach((idx) => {
            alloc[idx]--;
            if (alloc[idx] < 1) delete alloc[idx];
          });
        });
      }
      function maxWidth(table) {
        let mw = 0;
        table.forEach(function(row) {
          row.forEach(function(cell) {
            mw = Math.max(mw, cell.x + (cell.colSpan || 1));
          });
        });
        return mw;
      }
      function maxHeight(table) {
        return table.length;
      }
      function cellsConflict(cell1, cell2) {
        let yMin1 = cell1.y;
        let yMax1 = cell1.y - 1 + (cell1.rowSpan || 1);
        let yMin2 = cell2.y;
        let yMax2 = cell2.y - 1 + (cell2.rowSpan || 1);
        let yConflict = !(yMin1 > yMax2 || yMin2 > yMax1);
        let xMin1 = cell1.x;
        let xMax1 = cell1.x - 1 + (cell1.colSpan || 1);
        let xMin2 = cell2.x;
        let xMax2 = cell2.x - 1 + (cell2.colSpan || 1);
        let xConflict = !(xMin1 > xMax2 || xMin2 > xMax1);
        return yConflict && xConflict;
      }
      function conflictExists(rows, x, y) {
        let i_max = Math.min(rows.length - 1, y);
        let cell = { x, y };
        for (let i = 0; i <= i_max; i++) {
          let row = rows[i];
          for (let j = 0; j < row.length; j++) {
            if (cellsConflict(cell, row[j])) {
              return true;
            }
          }
        }
        return false;
      }
      function allBlank(rows, y, xMin, xMax) {
        for (let x = xMin; x < xMax; x++) {
          if (conflictExists(rows, x, y)) {
            return false;
          }
        }
        return true;
      }
      function addRowSpanCells(table) {
        table.forEach(function(row, rowIndex) {
          row.forEach(function(cell) {
            for (let i = 1; i < cell.rowSpan; i++) {
              let rowSpanCell = new RowSpanCell(cell);
              rowSpanCell.x = cell.x;
              rowSpanCell.y = cell.y + i;
              rowSpanCell.colSpan = cell.colSpan;
              insertCell(rowSpanCell, table[rowIndex + i]);
            }
          });
        });
      }
      function addColSpanCells(cellRows) {
        for (let rowIndex = cellRows.length - 1; rowIndex >= 0; rowIndex--) {
          let cellColumns = cellRows[rowIndex];
          for (let columnIndex = 0; columnIndex < cellColumns.length; columnIndex++) {
            let cell = cellColumns[columnIndex];
            for (let k = 1; k < cell.colSpan; k++) {
              let colSpanCell = new ColSpanCell();
              colSpanCell.x = cell.x + k;
              colSpanCell.y = cell.y;
              cellColumns.splice(columnIndex + 1, 0, colSpanCell);
            }
          }
        }
      }
      function insertCell(cell, row) {
        let x = 0;
        while (x < row.length && row[x].x < cell.x) {
          x++;
        }
        row.splice(x, 0, cell);
      }
      function fillInTable(table) {
        let h_max = maxHeight(table);
        let w_max = maxWidth(table);
        debug(`Max rows: ${h_max}; Max cols: ${w_max}`);
        for (let y = 0; y < h_max; y++) {
          for (let x = 0; x < w_max; x++) {
            if (!conflictExists(table, x, y)) {
              let opts = { x, y, colSpan: 1, rowSpan: 1 };
              x++;
              while (x < w_max && !conflictExists(table, x, y)) {
                opts.colSpan++;
                x++;
              }
              let y2 = y + 1;
              while (y2 < h_max && allBlank(table, y2, opts.x, opts.x + opts.colSpan)) {
                opts.rowSpan++;
                y2++;
              }
              let cell = new Cell(opts);
              cell.x = opts.x;
              cell.y = opts.y;
              warn(`Missing cell at ${cell.y}-${cell.x}.`);
              insertCell(cell, table[y]);
            }
          }
        }
      }
      function generateCells(rows) {
        return rows.map(function(row) {
          if (!Array.isArray(row)) {
            let key = Object.keys(row)[0];
            row = row[key];
            if (Array.isArray(row)) {
              row = row.slice();
              row.unshift(key);
            } else {
              row = [key, row];
            }
          }
          return row.map(function(cell) {
            return new Cell(cell);
          });
        });
      }
      function makeTableLayout(rows) {
        let cellRows = generateCells(rows);
        layoutTable(cellRows);
        fillInTable(cellRows);
        addRowSpanCells(cellRows);
        addColSpanCells(cellRows);
        return cellRows;
      }
      module.exports = {
        makeTableLayout,
        layoutTable,
        addRowSpanCells,
        maxWidth,
        fillInTable,
        computeWidths: makeComputeWidths("colSpan", "desiredWidth", "x", 1),
        computeHeights: makeComputeWidths("rowSpan", "desiredHeight", "y", 1)
      };
    })();
    function makeComputeWidths(colSpan, desiredWidth, x, forcedMin) {
      return function(vals, table) {
        let result2 = [];
        let spanners = [];
        let auto = {};
        table.forEach(function(row) {
          row.forEach(function(cell) {
            if ((cell[colSpan] || 1) > 1) {
              spanners.push(cell);
            } else {
              result2[cell[x]] = Math.max(result2[cell[x]] || 0, cell[desiredWidth] || 0, forcedMin);
            }
          });
        });
        vals.forEach(function(val, index) {
          if (typeof val === "number") {
            result2[index] = val;
          }
        });
        for (let k = spanners.length - 1; k >= 0; k--) {
          let cell = spanners[k];
          let span = cell[colSpan];
          let col = cell[x];
          let existingWidth = result2[col];
          let editableCols = typeof vals[col] === "number" ? 0 : 1;
          if (typeof existingWidth === "number") {
            for (let i = 1; i < span; i++) {
              existingWidth += 1 + result2[col + i];
              if (typeof vals[col + i] !== "number") {
                editableCols++;
              }
            }
          } else {
            existingWidth = desiredWidth === "desiredWidth" ? cell.desiredWidth - 1 : 1;
            if (!auto[col] || auto[col] < existingWidth) {
              auto[col] = existingWidth;
            }
          }
          if (cell[desiredWidth] > existingWidth) {
            let i = 0;
            while (editableCols > 0 && cell[desiredWidth] > existingWidth) {
              if (typeof vals[col + i] !== "number") {
                let dif = Math.round((cell[desiredWidth] - existingWidth) / editableCols);
                existingWidth += dif;
                result2[col + i] += dif;
                editableCols--;
              }
              i++;
            }
          }
        }
        Object.assign(vals, result2, auto);
        for (let j = 0; j < vals.length; j++) {
          vals[j] = Math.max(forcedMin, vals[j] || 0);
        }
      };
    }
  }
});

// node_modules/cli-table3/src/table.js
var require_table = __commonJS({
  "node_modules/cli-table3/src/table.js"(exports, module) {
    init_define_LOGCHECK_PACKAGE();
    var debug = require_debug();
    var utils = require_utils();
    var tableLayout = require_layout_manager();
    var Table3 = class extends Array {
      constructor(opts) {
        super();
        const options = utils.mergeOptions(opts);
        Object.defineProperty(this, "options", {
          value: options,
          enumerable: options.debug
        });
        if (options.debug) {
          switch (typeof options.debug) {
            case "boolean":
              debug.setDebugLevel(debug.WARN);
              break;
            case "number":
              debug.setDebugLevel(options.debug);
              break;
            case "string":
              debug.setDebugLevel(parseInt(options.debug, 10));
              break;
            default:
              debug.setDebugLevel(debug.WARN);
              debug.warn(`Debug option is expected to be boolean, number, or string. Received a ${typeof options.debug}`);
          }
          Object.defineProperty(this, "messages", {
            get() {
              return debug.debugMessages();
            }
          });
        }
      }
      toString() {
        let array = this;
        let headersPresent = this.options.head && this.options.head.length;
        if (headersPresent) {
          array = [this.options.head];
          if (this.length) {
            array.push.apply(array, this);
          }
        } else {
          this.options.style.head = [];
        }
        let cells = tableLayout.makeTableLayout(array);
        cells.forEach(function(row) {
          row.forEach(function(cell) {
            cell.mergeTableOptions(this.options, cells);
          }, this);
        }, this);
        tableLayout.computeWidths(this.options.colWidths, cells);
        tableLayout.computeHeights(this.options.rowHeights, cells);
        cells.forEach(function(row) {
          row.forEach(function(cell) {
            cell.init(this.options);
          }, this);
        }, this);
        let result2 = [];
        for (let rowIndex = 0; rowIndex < cells.length; rowIndex++) {
          let row = cells[rowIndex];
          let heightOfRow = this.options.rowHeights[rowIndex];
          if (rowIndex === 0 || !this.options.style.compact || rowIndex == 1 && headersPresent) {
            doDraw(row, "top", result2);
          }
          for (let lineNum = 0; lineNum < heightOfRow; lineNum++) {
            doDraw(row, lineNum, result2);
          }
          if (rowIndex + 1 == cells.length) {
            doDraw(row, "bottom", result2);
          }
        }
        return result2.join("\n");
      }
      get width() {
        let str = this.toString().split("\n");
        return str[0].length;
      }
    };
    Table3.reset = () => debug.reset();
    function doDraw(row, lineNum, result2) {
      let line = [];
      row.forEach(function(cell) {
        line.push(cell.draw(lineNum));
      });
      let str = line.join("");
      if (str.length) result2.push(str);
    }
    module.exports = Table3;
  }
});

// node_modules/cli-table3/index.js
var require_cli_table3 = __commonJS({
  "node_modules/cli-table3/index.js"(exports, module) {
    init_define_LOGCHECK_PACKAGE();
    module.exports = require_table();
  }
});

// node_modules/braces/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/braces/lib/utils.js"(exports) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    exports.isInteger = (num) => {
      if (typeof num === "number") {
        return Number.isInteger(num);
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isInteger(Number(num));
      }
      return false;
    };
    exports.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports.exceedsLimit = (min, max, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports.isInteger(min) || !exports.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step) >= limit;
    };
    exports.escapeNode = (block, n = 0, type) => {
      const node = block.nodes[n];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports.isInvalidBrace = (block) => {
      if (block.type !== "brace") return false;
      if (block.invalid === true || block.dollar) return true;
      if (block.commas >> 0 + block.ranges >> 0 === 0) {
        block.invalid = true;
        return true;
      }
      if (block.open !== true || block.close !== true) {
        block.invalid = true;
        return true;
      }
      return false;
    };
    exports.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports.flatten = (...args) => {
      const result2 = [];
      const flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          const ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          if (ele !== void 0) {
            result2.push(ele);
          }
        }
        return result2;
      };
      flat(args);
      return result2;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    var utils = require_utils2();
    module.exports = (ast, options = {}) => {
      const stringify = (node, parent = {}) => {
        const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += stringify(child);
          }
        }
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    /*!
     * is-number <https://github.com/jonschlinkert/is-number>
     *
     * Copyright (c) 2014-present, Jon Schlinkert.
     * Released under the MIT License.
     */
    module.exports = function(num) {
      if (typeof num === "number") {
        return num - num === 0;
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
      }
      return false;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    /*!
     * to-regex-range <https://github.com/micromatch/to-regex-range>
     *
     * Copyright (c) 2015-present, Jon Schlinkert.
     * Released under the MIT License.
     */
    var isNumber = require_is_number();
    var toRegexRange = (min, max, options) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options };
      if (typeof opts.strictZeros === "boolean") {
        opts.relaxZeros = opts.strictZeros === false;
      }
      let relax = String(opts.relaxZeros);
      let shorthand = String(opts.shorthand);
      let capture = String(opts.capture);
      let wrap2 = String(opts.wrap);
      let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap2;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a = Math.min(min, max);
      let b = Math.max(min, max);
      if (Math.abs(a - b) === 1) {
        let result2 = min + "|" + max;
        if (opts.capture) {
          return `(${result2})`;
        }
        if (opts.wrap === false) {
          return result2;
        }
        return `(?:${result2})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a, b };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
        a = state.a = 0;
      }
      if (b >= 0) {
        positives = splitToPatterns(a, b, state, opts);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts);
      if (opts.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop && stop <= max) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max + 1, zeros) - 1;
      while (min < stop && stop <= max) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare);
      return stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits = zipped.length;
      let pattern2 = "";
      let count = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern2 += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern2 += toCharacterClass(startDigit, stopDigit, options);
        } else {
          count++;
        }
      }
      if (count) {
        pattern2 += options.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern: pattern2, count: [count], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj = rangeToPattern(String(start), String(max2), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result2 = [];
      for (let ele of arr) {
        let { string } = ele;
        if (!intersection && !contains(comparison, "string", string)) {
          result2.push(prefix + string);
        }
        if (intersection && contains(comparison, "string", string)) {
          result2.push(prefix + string);
        }
      }
      return result2;
    }
    function zip(a, b) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
      return arr;
    }
    function compare(a, b) {
      return a > b ? 1 : b > a ? -1 : 0;
    }
    function contains(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b, options) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str) {
      return /^-?(0+)\d/.test(str);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded) {
        return value;
      }
      let diff = Math.abs(tok.maxLen - String(value).length);
      let relax = options.relaxZeros !== false;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    /*!
     * fill-range <https://github.com/jonschlinkert/fill-range>
     *
     * Copyright (c) 2014-present, Jon Schlinkert.
     * Licensed under the MIT License.
     */
    var util = __require("util");
    var toRegexRange = require_to_regex_range();
    var isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value) => toNumber === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber = (num) => Number.isInteger(+num);
    var zeros = (input) => {
      let value = `${input}`;
      let index = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index] === "0") ;
      return index > 0;
    };
    var stringify = (start, end, options) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options.stringify === true;
    };
    var pad = (input, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        if (dash) input = input.slice(1);
        input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber === false) {
        return String(input);
      }
      return input;
    };
    var toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      if (negative) {
        input = input.slice(1);
        maxLength--;
      }
      while (input.length < maxLength) input = "0" + input;
      return negative ? "-" + input : input;
    };
    var toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result2;
      if (parts.positives.length) {
        positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result2 = `${positives}|${negatives}`;
      } else {
        result2 = positives || negatives;
      }
      if (options.wrap) {
        return `(${prefix}${result2})`;
      }
      return result2;
    };
    var toRange = (a, b, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a, b, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap2 = options.wrap === true;
        let prefix = options.capture ? "" : "?:";
        return wrap2 ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options) => {
      if (options.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options) => {
      if (options.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options = {}) => {
      let a = Number(start);
      let b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b === 0) b = 0;
      let descending = a > b;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber = padded === false && stringify(start, end, options) === false;
      let format2 = options.transform || transform(toNumber);
      if (options.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts = { negatives: [], positives: [] };
      let push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        if (options.toRegex === true && step > 1) {
          push(a);
        } else {
          range.push(pad(format2(a, index), maxLen, toNumber));
        }
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return step > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, { wrap: false, ...options });
      }
      return range;
    };
    var fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
        return invalidRange(start, end, options);
      }
      let format2 = options.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b = `${end}`.charCodeAt(0);
      let descending = a > b;
      let min = Math.min(a, b);
      let max = Math.max(a, b);
      if (options.toRegex && step === 1) {
        return toRange(min, max, false, options);
      }
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        range.push(format2(a, index));
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return toRegex(range, null, { wrap: false, options });
      }
      return range;
    };
    var fill = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step === "function") {
        return fill(start, end, 1, { transform: step });
      }
      if (isObject(step)) {
        return fill(start, end, 0, step);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber(step)) {
        if (step != null && !isObject(step)) return invalidStep(step, opts);
        return fill(start, end, 1, step);
      }
      if (isNumber(start) && isNumber(end)) {
        return fillNumbers(start, end, step, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
    };
    module.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    var fill = require_fill_range();
    var utils = require_utils2();
    var compile = (ast, options = {}) => {
      const walk = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          const range = fill(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });
          if (range.length !== 0) {
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
          }
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += walk(child, node);
          }
        }
        return output;
      };
      return walk(ast);
    };
    module.exports = compile;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    var fill = require_fill_range();
    var stringify = require_stringify();
    var utils = require_utils2();
    var append = (queue = "", stash = "", enclose = false) => {
      const result2 = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value of item) {
            result2.push(append(value, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result2.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result2);
    };
    var expand = (ast, options = {}) => {
      const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
      const walk = (node, parent = {}) => {
        node.queue = [];
        let p = parent;
        let q = parent.queue;
        while (p.type !== "brace" && p.type !== "root" && p.parent) {
          p = p.parent;
          q = p.queue;
        }
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range = fill(...args, options);
          if (range.length === 0) {
            range = stringify(node, options);
          }
          q.push(append(q.pop(), range));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block = node;
        while (block.type !== "brace" && block.type !== "root" && block.parent) {
          block = block.parent;
          queue = block.queue;
        }
        for (let i = 0; i < node.nodes.length; i++) {
          const child = node.nodes[i];
          if (child.type === "comma" && node.type === "brace") {
            if (i === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          if (child.nodes) {
            walk(child, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk(ast));
    };
    module.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    module.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: "\xA0",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "node_modules/braces/lib/parse.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    var stringify = require_stringify();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants();
    var parse = (input, options = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options || {};
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max) {
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input, nodes: [] };
      const stack = [ast];
      let block = ast;
      let prev = ast;
      let brackets = 0;
      const length = input.length;
      let index = 0;
      let depth = 0;
      let value;
      const advance = () => input[index++];
      const push = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block.nodes.push(node);
        node.parent = block;
        node.prev = prev;
        prev = node;
        return node;
      };
      push({ type: "bos" });
      while (index < length) {
        block = stack[stack.length - 1];
        value = advance();
        if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value === CHAR_BACKSLASH) {
          push({ type: "text", value: (options.keepEscaping ? value : "") + advance() });
          continue;
        }
        if (value === CHAR_RIGHT_SQUARE_BRACKET) {
          push({ type: "text", value: "\\" + value });
          continue;
        }
        if (value === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index < length && (next = advance())) {
            value += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value += advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_PARENTHESES) {
          block = push({ type: "paren", nodes: [] });
          stack.push(block);
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_RIGHT_PARENTHESES) {
          if (block.type !== "paren") {
            push({ type: "text", value });
            continue;
          }
          block = stack.pop();
          push({ type: "text", value });
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
          const open = value;
          let next;
          if (options.keepQuotes !== true) {
            value = "";
          }
          while (index < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance();
              continue;
            }
            if (next === open) {
              if (options.keepQuotes === true) value += next;
              break;
            }
            value += next;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_CURLY_BRACE) {
          depth++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block = push(brace);
          stack.push(block);
          push({ type: "open", value });
          continue;
        }
        if (value === CHAR_RIGHT_CURLY_BRACE) {
          if (block.type !== "brace") {
            push({ type: "text", value });
            continue;
          }
          const type = "close";
          block = stack.pop();
          block.close = true;
          push({ type, value });
          depth--;
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_COMMA && depth > 0) {
          if (block.ranges > 0) {
            block.ranges = 0;
            const open = block.nodes.shift();
            block.nodes = [open, { type: "text", value: stringify(block) }];
          }
          push({ type: "comma", value });
          block.commas++;
          continue;
        }
        if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
          const siblings = block.nodes;
          if (depth === 0 || siblings.length === 0) {
            push({ type: "text", value });
            continue;
          }
          if (prev.type === "dot") {
            block.range = [];
            prev.value += value;
            prev.type = "range";
            if (block.nodes.length !== 3 && block.nodes.length !== 5) {
              block.invalid = true;
              block.ranges = 0;
              prev.type = "text";
              continue;
            }
            block.ranges++;
            block.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before = siblings[siblings.length - 1];
            before.value += prev.value + value;
            prev = before;
            block.ranges--;
            continue;
          }
          push({ type: "dot", value });
          continue;
        }
        push({ type: "text", value });
      }
      do {
        block = stack.pop();
        if (block.type !== "root") {
          block.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent = stack[stack.length - 1];
          const index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      } while (stack.length > 0);
      push({ type: "eos" });
      return ast;
    };
    module.exports = parse;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    var stringify = require_stringify();
    var compile = require_compile();
    var expand = require_expand();
    var parse = require_parse();
    var braces = (input, options = {}) => {
      let output = [];
      if (Array.isArray(input)) {
        for (const pattern2 of input) {
          const result2 = braces.create(pattern2, options);
          if (Array.isArray(result2)) {
            output.push(...result2);
          } else {
            output.push(result2);
          }
        }
      } else {
        output = [].concat(braces.create(input, options));
      }
      if (options && options.expand === true && options.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input, options = {}) => parse(input, options);
    braces.stringify = (input, options = {}) => {
      if (typeof input === "string") {
        return stringify(braces.parse(input, options), options);
      }
      return stringify(input, options);
    };
    braces.compile = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      return compile(input, options);
    };
    braces.expand = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      let result2 = expand(input, options);
      if (options.noempty === true) {
        result2 = result2.filter(Boolean);
      }
      if (options.nodupes === true) {
        result2 = [...new Set(result2)];
      }
      return result2;
    };
    braces.create = (input, options = {}) => {
      if (input === "" || input.length < 3) {
        return [input];
      }
      return options.expand !== true ? braces.compile(input, options) : braces.expand(input, options);
    };
    module.exports = braces;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    var path5 = __require("path");
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      SEP: path5.sep,
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils3 = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    var path5 = __require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.supportsLookbehinds = () => {
      const segs = process.version.slice(1).split(".").map(Number);
      if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
        return true;
      }
      return false;
    };
    exports.isWindows = (options) => {
      if (options && typeof options.windows === "boolean") {
        return options.windows;
      }
      return win32 === true || path5.sep === "\\";
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    var utils = require_utils3();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek2 = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek2() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base2 = str;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base2 && isGlob === true && lastIndex > 0) {
        base2 = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base2 = "";
        glob2 = str;
      } else {
        base2 = str;
      }
      if (base2 && base2 !== "" && base2 !== "/" && base2 !== str) {
        if (isPathSeparator(base2.charCodeAt(base2.length - 1))) {
          base2 = base2.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base2 && backslashes === true) {
          base2 = utils.removeBackslashes(base2);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base: base2,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    var constants = require_constants2();
    var utils = require_utils3();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern2, requireEnd = true) => {
      if (pattern2[0] !== "+" && pattern2[0] !== "*" || pattern2[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern2.length; i++) {
        const ch = pattern2[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern2.length - 1) {
              return;
            }
            return {
              type: pattern2[0],
              body: pattern2.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var getStarExtglobSequenceOutput = (pattern2) => {
      let index = 0;
      const chars = [];
      while (index < pattern2.length) {
        const match = parseRepeatedExtglob(pattern2.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var repeatedExtglobRecursion = (pattern2) => {
      let depth = 0;
      let value = pattern2.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body2, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body2).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      for (const branch of branches) {
        const safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput) {
          return { risky: true, safeOutput };
        }
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const win32 = utils.isWindows(options);
      const PLATFORM_CHARS = constants.globChars(win32);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek2 = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek2() === "!" && (peek2(2) !== "(" || peek2(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.value += tok.value;
          prev.output = (prev.output || "") + tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body2 = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body2, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek2();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek2() !== ":" || value === "-" && peek2() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek2() === "(" && peek2(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek2();
            let output = value;
            if (next === "<" && !utils.supportsLookbehinds()) {
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            }
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek2() === "(") {
            if (peek2(2) !== "?" || !/[!=<:]/.test(peek2(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek2() === "(" && peek2(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek2() === "(" && peek2(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek2() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const win32 = utils.isWindows(options);
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(win32);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    var path5 = __require("path");
    var scan = require_scan();
    var parse = require_parse2();
    var utils = require_utils3();
    var constants = require_constants2();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = utils.isWindows(options);
      const regex2 = isState ? picomatch2.compileRe(glob2, options) : picomatch2.makeRe(glob2, options, false, true);
      const state = regex2.state;
      delete regex2.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex2, options, { glob: glob2, posix: posix2 });
        const result2 = { glob: glob2, state, regex: regex2, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result2);
        }
        if (isMatch === false) {
          result2.isMatch = false;
          return returnObject ? result2 : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result2);
          }
          result2.isMatch = false;
          return returnObject ? result2 : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result2);
        }
        return returnObject ? result2 : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex2, options, { glob: glob2, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format2 = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format2 ? format2(input) : input;
      if (match === false) {
        output = format2 ? format2(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex2, options, posix2);
        } else {
          match = regex2.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob2, options, posix2 = utils.isWindows(options)) => {
      const regex2 = glob2 instanceof RegExp ? glob2 : picomatch2.makeRe(glob2, options);
      return regex2.test(path5.basename(input));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern2, options) => {
      if (Array.isArray(pattern2)) return pattern2.map((p) => picomatch2.parse(p, options));
      return parse(pattern2, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex2 = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex2.state = state;
      }
      return regex2;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    module.exports = require_picomatch();
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    var util = __require("util");
    var braces = require_braces();
    var picomatch2 = require_picomatch2();
    var utils = require_utils3();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    };
    var micromatch2 = (list3, patterns, options) => {
      patterns = [].concat(patterns);
      list3 = [].concat(list3);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options && options.onResult) {
          options.onResult(state);
        }
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch2(String(patterns[i]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list3) {
          let matched = isMatch(item, true);
          let match = negated ? !matched.isMatch : matched.isMatch;
          if (!match) continue;
          if (negated) {
            omit.add(matched.output);
          } else {
            omit.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result2 = negatives === patterns.length ? [...items] : [...keep];
      let matches = result2.filter((item) => !omit.has(item));
      if (options && matches.length === 0) {
        if (options.failglob === true) {
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        }
        if (options.nonull === true || options.nullglob === true) {
          return options.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
        }
      }
      return matches;
    };
    micromatch2.match = micromatch2;
    micromatch2.matcher = (pattern2, options) => picomatch2(pattern2, options);
    micromatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    micromatch2.any = micromatch2.isMatch;
    micromatch2.not = (list3, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result2 = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch2(list3, patterns, { ...options, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result2.add(item);
        }
      }
      return [...result2];
    };
    micromatch2.contains = (str, pattern2, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      if (Array.isArray(pattern2)) {
        return pattern2.some((p) => micromatch2.contains(str, p, options));
      }
      if (typeof pattern2 === "string") {
        if (isEmptyString(str) || isEmptyString(pattern2)) {
          return false;
        }
        if (str.includes(pattern2) || str.startsWith("./") && str.slice(2).includes(pattern2)) {
          return true;
        }
      }
      return micromatch2.isMatch(str, pattern2, { ...options, contains: true });
    };
    micromatch2.matchKeys = (obj, patterns, options) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch2(Object.keys(obj), patterns, options);
      let res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch2.some = (list3, patterns, options) => {
      let items = [].concat(list3);
      for (let pattern2 of [].concat(patterns)) {
        let isMatch = picomatch2(String(pattern2), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch2.every = (list3, patterns, options) => {
      let items = [].concat(list3);
      for (let pattern2 of [].concat(patterns)) {
        let isMatch = picomatch2(String(pattern2), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch2.all = (str, patterns, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      return [].concat(patterns).every((p) => picomatch2(p, options)(str));
    };
    micromatch2.capture = (glob2, input, options) => {
      let posix2 = utils.isWindows(options);
      let regex2 = picomatch2.makeRe(String(glob2), { ...options, capture: true });
      let match = regex2.exec(posix2 ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch2.makeRe = (...args) => picomatch2.makeRe(...args);
    micromatch2.scan = (...args) => picomatch2.scan(...args);
    micromatch2.parse = (patterns, options) => {
      let res = [];
      for (let pattern2 of [].concat(patterns || [])) {
        for (let str of braces(String(pattern2), options)) {
          res.push(picomatch2.parse(str, options));
        }
      }
      return res;
    };
    micromatch2.braces = (pattern2, options) => {
      if (typeof pattern2 !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern2)) {
        return [pattern2];
      }
      return braces(pattern2, options);
    };
    micromatch2.braceExpand = (pattern2, options) => {
      if (typeof pattern2 !== "string") throw new TypeError("Expected a string");
      return micromatch2.braces(pattern2, { ...options, expand: true });
    };
    micromatch2.hasBraces = hasBraces;
    module.exports = micromatch2;
  }
});

// node_modules/tinyglobby/node_modules/picomatch/lib/constants.js
var require_constants3 = __commonJS({
  "node_modules/tinyglobby/node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/tinyglobby/node_modules/picomatch/lib/utils.js
var require_utils4 = __commonJS({
  "node_modules/tinyglobby/node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants3();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path5, { windows } = {}) => {
      const segs = path5.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/tinyglobby/node_modules/picomatch/lib/scan.js
var require_scan2 = __commonJS({
  "node_modules/tinyglobby/node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    var utils = require_utils4();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants3();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek2 = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek2() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base2 = str;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base2 && isGlob === true && lastIndex > 0) {
        base2 = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base2 = "";
        glob2 = str;
      } else {
        base2 = str;
      }
      if (base2 && base2 !== "" && base2 !== "/" && base2 !== str) {
        if (isPathSeparator(base2.charCodeAt(base2.length - 1))) {
          base2 = base2.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base2 && backslashes === true) {
          base2 = utils.removeBackslashes(base2);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base: base2,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/tinyglobby/node_modules/picomatch/lib/parse.js
var require_parse3 = __commonJS({
  "node_modules/tinyglobby/node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    var constants = require_constants3();
    var utils = require_utils4();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern2, requireEnd = true) => {
      if (pattern2[0] !== "+" && pattern2[0] !== "*" || pattern2[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern2.length; i++) {
        const ch = pattern2[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern2.length - 1) {
              return;
            }
            return {
              type: pattern2[0],
              body: pattern2.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern2) => {
      let index = 0;
      const chars = [];
      while (index < pattern2.length) {
        const match = parseRepeatedExtglob(pattern2.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern2) => {
      let depth = 0;
      let value = pattern2.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body2, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body2).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek2 = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek2() === "!" && (peek2(2) !== "(" || peek2(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body2 = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body2, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek2();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek2() !== ":" || value === "-" && peek2() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek2() === "(" && peek2(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek2();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek2() === "(") {
            if (peek2(2) !== "?" || !/[!=<:]/.test(peek2(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek2() === "(" && peek2(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek2() === "(" && peek2(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek2() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/tinyglobby/node_modules/picomatch/lib/picomatch.js
var require_picomatch3 = __commonJS({
  "node_modules/tinyglobby/node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    var scan = require_scan2();
    var parse = require_parse3();
    var utils = require_utils4();
    var constants = require_constants3();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex2 = isState ? picomatch2.compileRe(glob2, options) : picomatch2.makeRe(glob2, options, false, true);
      const state = regex2.state;
      delete regex2.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex2, options, { glob: glob2, posix: posix2 });
        const result2 = { glob: glob2, state, regex: regex2, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result2);
        }
        if (isMatch === false) {
          result2.isMatch = false;
          return returnObject ? result2 : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result2);
          }
          result2.isMatch = false;
          return returnObject ? result2 : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result2);
        }
        return returnObject ? result2 : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex2, options, { glob: glob2, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format2 = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format2 ? format2(input) : input;
      if (match === false) {
        output = format2 ? format2(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex2, options, posix2);
        } else {
          match = regex2.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob2, options, posix2 = options && options.windows) => {
      const regex2 = glob2 instanceof RegExp ? glob2 : picomatch2.makeRe(glob2, options);
      return regex2.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern2, options) => {
      if (Array.isArray(pattern2)) return pattern2.map((p) => picomatch2.parse(p, options));
      return parse(pattern2, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex2 = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex2.state = state;
      }
      return regex2;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/tinyglobby/node_modules/picomatch/index.js
var require_picomatch4 = __commonJS({
  "node_modules/tinyglobby/node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    init_define_LOGCHECK_PACKAGE();
    var pico = require_picomatch3();
    var utils = require_utils4();
    function picomatch2(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/cli/main.ts
init_define_LOGCHECK_PACKAGE();

// src/cli/run.ts
init_define_LOGCHECK_PACKAGE();
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";

// src/check.ts
init_define_LOGCHECK_PACKAGE();

// src/engine/checker.ts
init_define_LOGCHECK_PACKAGE();

// src/fingerprint.ts
init_define_LOGCHECK_PACKAGE();
import { createHash } from "node:crypto";
var VOLATILE = [
  // pbuilder's build place is its pid (pbuilder 0.231 pbuilder-modules: BUILDPLACE="$BUILDPLACE/$$"):
  // W: No local /etc/mailname to copy, relying on /var/cache/pbuilder/build/28096/etc/mailname to be correct
  [/(\/pbuilder\/build\/)\d+(?=\/|\b)/g, "$1<pid>"],
  // sbuild's build directory is /build/<source package>-<random> (sbuild 0.85 Sbuild::Build: tempdir
  // "$pkg-XXXXXX" under /build), e.g. dpkg-source: info: extracting hello in /build/hello-Fk3G1a/hello-2.10
  // The random part is 6 letters or digits with at least one capital or digit: a plain
  // /build/shmprobe-1.0 (pbuilder's fixed place) keeps its name.
  [/(\/build\/[a-z0-9][a-z0-9+.]*-)(?=[A-Za-z0-9]{6}\/)(?=[a-z]{0,5}[A-Z0-9])[A-Za-z0-9]{6}(?=\/)/g, "$1<random>"],
  // mktemp and Python's tempfile names: /tmp/tmp.kX3bQ9ZJ1p (mktemp), /tmp/tmpk3j4_l2a (tempfile),
  // sbuild unshare's /tmp/tmp.sbuild.q8ZcLk2V7d, gcc's /tmp/ccA1b2C3.o
  [/(\/tmp\/)(?:tmp\.sbuild\.|tmp\.|tmp|cc)[A-Za-z0-9_]{6,}/g, "$1<tmp>"],
  // ISO 8601 times, as CI prefixes and sbuild write them: 2025-07-04T14:32:14.5612144Z, 2024-05-10 11:11:42+02:00
  [/\b\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:Z|[+-]\d\d:?\d\d)?/g, "<time>"],
  // RFC 2822 dates, as sbuild's header and dpkg-parsechangelog print them: Mon, 01 Dec 2025 09:17:36 +0000
  [/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d? [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d(?: [+-]\d{4})?/g, "<time>"],
  // A bare clock time: I: pbuilder-time-stamp: 1733044656, make: *** [Makefile:3: all] Error 1 at 09:17:36
  [/\b\d\d:\d\d:\d\d(?:\.\d+)?\b/g, "<time>"],
  // pbuilder's epoch stamp: I: pbuilder-time-stamp: 1701423456
  [/(pbuilder-time-stamp: )\d+/g, "$1<time>"],
  // Addresses in crash reports and Python reprs: <multiprocessing.synchronize.Lock object at 0x7f3a2c1d5e80>
  [/\b0x[0-9a-fA-F]{6,16}\b/g, "<addr>"],
  // Process ids: E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4761 (apt-get)
  [/\b(process|pid|PID|Pid) \d+\b/g, "$1 <pid>"],
  // A program's pid in brackets, as syslog prints it: sbuild[48213]: ... (three digits or more:
  // make's `make[1]:` is its recursion depth, which does not change between runs)
  [/\b([A-Za-z][\w.-]*)\[\d{3,}\]:/g, "$1[<pid>]:"]
];
function normalizeForFingerprint(text) {
  let out = text.trim();
  for (const [pattern2, replacement] of VOLATILE) {
    pattern2.lastIndex = 0;
    out = out.replace(pattern2, replacement);
  }
  return out;
}
function normalizeSourcePath(source) {
  if (source.startsWith("<")) return source;
  let p = source.replaceAll("\\", "/");
  const absolute = p.startsWith("/");
  const parts = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
    else if (part !== ".." || !absolute) parts.push(part);
  }
  p = `${absolute ? "/" : ""}${parts.join("/")}`;
  return normalizeForFingerprint(p) || ".";
}
function fingerprintOf(ruleId, source, evidenceTexts) {
  const hash = createHash("sha256");
  hash.update(ruleId).update("\0").update(normalizeSourcePath(source));
  for (const text of evidenceTexts) hash.update("\0").update(normalizeForFingerprint(text));
  return hash.digest("hex").slice(0, 32);
}

// src/engine/prefilter.ts
init_define_LOGCHECK_PACKAGE();

// src/engine/trie-pattern.ts
init_define_LOGCHECK_PACKAGE();
function escape(ch) {
  return /[.*+?^${}()|[\]\\/-]/.test(ch) ? `\\${ch}` : ch;
}
function render(node) {
  const branches = [...node.children.entries()].sort(([a], [b]) => a < b ? -1 : 1).map(([ch, child]) => escape(ch) + render(child));
  if (branches.length === 0) return "";
  if (node.end) return "";
  if (branches.length === 1) return branches[0];
  return `(?:${branches.join("|")})`;
}
function triePattern(literals) {
  const root = { children: /* @__PURE__ */ new Map(), end: false };
  for (const literal of literals) {
    if (literal === "") continue;
    let node = root;
    for (const ch of literal) {
      let next = node.children.get(ch);
      if (next === void 0) {
        next = { children: /* @__PURE__ */ new Map(), end: false };
        node.children.set(ch, next);
      }
      node = next;
    }
    node.end = true;
  }
  return new RegExp(render(root) || "(?!)");
}

// src/engine/prefilter.ts
var Prefilter = class {
  /** Bit i set: parser i (registration order) is gated; the others see every line. */
  gatedMask;
  anywhere;
  anywhereMask;
  /** First character code (mod 128) → the prefixes that start with it: an array, as a Map lookup costs more. */
  prefixes = new Array(128);
  /** Last character code (mod 128) → the suffixes that end with it. */
  suffixes = new Array(128);
  anyPrefix;
  anySuffix;
  constructor(parsers) {
    if (parsers.length > 31) throw new Error("the prefilter keeps one bit per parser: at most 31 parsers");
    let gated = 0;
    let anywhereMask = 0;
    const anywhere = [];
    const prefixes = /* @__PURE__ */ new Map();
    const suffixes = /* @__PURE__ */ new Map();
    parsers.forEach((p, i) => {
      const bit = 1 << i;
      if (p.triggers === void 0 && p.prefixes === void 0 && p.suffixes === void 0) return;
      gated |= bit;
      if (p.triggers !== void 0 && p.triggers.length > 0) {
        anywhereMask |= bit;
        anywhere.push(...p.triggers);
      }
      for (const t of p.prefixes ?? []) prefixes.set(t, (prefixes.get(t) ?? 0) | bit);
      for (const t of p.suffixes ?? []) suffixes.set(t, (suffixes.get(t) ?? 0) | bit);
    });
    this.gatedMask = gated;
    this.anywhereMask = anywhereMask;
    this.anywhere = anywhere.length > 0 ? triePattern(anywhere) : void 0;
    for (const [text, mask] of prefixes) bucket(this.prefixes, text.charCodeAt(0), { text, mask });
    for (const [text, mask] of suffixes) bucket(this.suffixes, text.charCodeAt(text.length - 1), { text, mask });
    this.anyPrefix = prefixes.size > 0;
    this.anySuffix = suffixes.size > 0;
  }
  /** The gated parsers (as bits) whose literals this line holds. */
  hits(text) {
    let mask = 0;
    if (this.anyPrefix) {
      let start = 0;
      while (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9) start++;
      const candidates = this.prefixes[text.charCodeAt(start) & 127];
      if (candidates !== void 0) {
        for (const p of candidates) if (text.startsWith(p.text, start)) mask |= p.mask;
      }
    }
    if (this.anySuffix) {
      const last = text.charCodeAt(text.length - 1);
      const end = last <= 32 || last === 160 || last >= 8192 ? text.trimEnd().length : text.length;
      const candidates = this.suffixes[text.charCodeAt(end - 1) & 127];
      if (candidates !== void 0) {
        for (const s of candidates) if (text.endsWith(s.text, end)) mask |= s.mask;
      }
    }
    if (this.anywhere !== void 0 && this.anywhere.test(text)) mask |= this.anywhereMask;
    return mask;
  }
};
function bucket(table, code, literal) {
  (table[code & 127] ??= []).push(literal);
}

// src/engine/checker.ts
var DEFAULT_MAX_FINDINGS_PER_RULE = 100;
var Checker = class {
  findings = [];
  env = {};
  /** Skips the gated parsers on lines that hold none of their literals; undefined: every parser sees every line. */
  prefilter;
  parsers;
  listeners = [];
  handlers = /* @__PURE__ */ new Map();
  lineHandlers;
  /** Rules that listen to other rules' findings, with the rule each belongs to (never fed its own). */
  findingListeners = [];
  seenFingerprints = /* @__PURE__ */ new Map();
  perRule = /* @__PURE__ */ new Map();
  /** Rule id → findings reported past the limit (counted, not kept). */
  omitted = /* @__PURE__ */ new Map();
  maxPerRule;
  source;
  onFinding;
  ended = false;
  constructor(options) {
    this.source = options.source;
    this.maxPerRule = options.maxFindingsPerRule ?? DEFAULT_MAX_FINDINGS_PER_RULE;
    this.onFinding = options.onFinding;
    for (const rule41 of options.rules) {
      const listener = rule41.create({
        source: options.source,
        env: this.env,
        report: (report2) => this.report(rule41, report2)
      });
      this.listeners.push(listener);
      if (listener.finding !== void 0) this.findingListeners.push({ rule: rule41, listener });
      for (const [kind, handler] of Object.entries(listener)) {
        if (kind === "end" || kind === "finding" || typeof handler !== "function") continue;
        const list3 = this.handlers.get(kind) ?? [];
        list3.push(handler);
        this.handlers.set(kind, list3);
      }
    }
    this.lineHandlers = this.handlers.get("line") ?? [];
    const context = {
      env: this.env,
      emit: (kind, line, data) => this.dispatch(kind, line, data)
    };
    this.parsers = options.parsers.map((parser) => parser.create(context));
    this.prefilter = options.prefilter ?? true ? new Prefilter(options.parsers) : void 0;
  }
  line(line) {
    const prefilter = this.prefilter;
    if (prefilter === void 0) {
      for (const parser of this.parsers) parser.line(line);
    } else {
      const run2 = ~prefilter.gatedMask | prefilter.hits(line.text);
      for (let i = 0; i < this.parsers.length; i++) {
        const parser = this.parsers[i];
        if ((run2 & 1 << i) !== 0 || parser.busy?.() === true) parser.line(line);
      }
    }
    if (this.lineHandlers.length > 0) {
      const fact = { kind: "line", line };
      for (const handler of this.lineHandlers) handler(fact);
    }
  }
  end() {
    if (this.ended) return this.findings;
    this.ended = true;
    for (const parser of this.parsers) parser.end?.();
    for (const listener of this.listeners) if (listener.finding === void 0) listener.end?.();
    for (const { listener } of this.findingListeners) listener.end?.();
    return this.findings;
  }
  dispatch(kind, line, data) {
    const handlers = this.handlers.get(kind);
    if (handlers === void 0) return;
    const fact = { ...data, kind, line };
    for (const handler of handlers) handler(fact);
  }
  report(rule41, report2) {
    const kept = this.perRule.get(rule41.meta.id) ?? 0;
    if (kept >= this.maxPerRule) {
      this.omitted.set(rule41.meta.id, (this.omitted.get(rule41.meta.id) ?? 0) + 1);
      return;
    }
    this.perRule.set(rule41.meta.id, kept + 1);
    const byLine = /* @__PURE__ */ new Map();
    for (const e of report2.evidence) {
      const had = byLine.get(e.line);
      if (had === void 0 || had.note === void 0 && e.note !== void 0) byLine.set(e.line, e);
    }
    const evidence = [...byLine.values()].sort((a, b) => a.line - b.line);
    const line = report2.line ?? evidence[0]?.line ?? 0;
    const endLine = report2.endLine ?? (evidence.length > 1 ? evidence[evidence.length - 1].line : void 0);
    const base2 = fingerprintOf(rule41.meta.id, this.source, evidence.map((e) => e.text));
    const seen = (this.seenFingerprints.get(base2) ?? 0) + 1;
    this.seenFingerprints.set(base2, seen);
    const finding = {
      ruleId: rule41.meta.id,
      severity: report2.severity ?? rule41.meta.severity,
      message: report2.message,
      cause: report2.cause ?? rule41.meta.cause,
      source: this.source,
      line,
      ...endLine !== void 0 && endLine !== line ? { endLine } : {},
      ...report2.location ? { location: report2.location } : {},
      evidence,
      ...report2.remediation ? { remediation: report2.remediation } : {},
      ...report2.stage ? { stage: report2.stage } : {},
      ...report2.side ? { side: report2.side } : {},
      ...report2.data ? { data: report2.data } : {},
      fingerprint: seen === 1 ? base2 : `${base2}:${seen}`
    };
    const detached = structuredClone(finding);
    this.findings.push(detached);
    this.onFinding?.(detached);
    for (const { rule: listening, listener } of this.findingListeners) if (listening !== rule41) listener.finding(detached);
  }
};

// src/engine/read-lines.ts
init_define_LOGCHECK_PACKAGE();
var import_split2 = __toESM(require_split2(), 1);
import { pipeline } from "node:stream/promises";

// src/lines/clamp.ts
init_define_LOGCHECK_PACKAGE();
import { Transform } from "node:stream";
import { isUtf8 } from "node:buffer";

// src/input/errors.ts
init_define_LOGCHECK_PACKAGE();
var InputError = class extends Error {
  name = "InputError";
};
var UsageError = class extends Error {
  name = "UsageError";
};
function describeSystemError(error2) {
  const e = error2;
  switch (e?.code) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return 'is a directory (give a file, or a glob such as "dir/**/*.log")';
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    case "Z_BUF_ERROR":
      return "truncated compressed data (unexpected end of file)";
    case "Z_DATA_ERROR":
      return "corrupt compressed data";
    default:
      return e instanceof Error ? e.message.split("\n")[0] : String(error2);
  }
}

// src/lines/clamp.ts
var BINARY_SNIFF_BYTES = 8192;
var LineClamp = class extends Transform {
  /** Line number → real byte length, for lines that were cut; read (and deleted) by the line reader. */
  cuts = /* @__PURE__ */ new Map();
  /** First line number (1-based) holding bytes that are not UTF-8, if any. */
  invalidUtf8Line = 0;
  /** First line number holding a NUL byte after the binary sniff, if any. */
  nulLine = 0;
  bytesIn = 0;
  max;
  latin1;
  line = 1;
  lineBytes = 0;
  /** Bytes of an unfinished line carried over for UTF-8 validation (only while validating it). */
  pending = [];
  sniffed = 0;
  constructor(options) {
    super();
    this.max = Math.max(1024, options.maxLineBytes);
    this.latin1 = options.latin1 ?? false;
  }
  _transform(chunk, _encoding, done) {
    this.bytesIn += chunk.length;
    if (this.sniffed < BINARY_SNIFF_BYTES) {
      const head = chunk.subarray(0, BINARY_SNIFF_BYTES - this.sniffed);
      this.sniffed += head.length;
      if (head.includes(0)) {
        done(new InputError("binary data (a NUL byte near the start): this is not a text log"));
        return;
      }
    } else if (this.nulLine === 0 && chunk.includes(0)) {
      this.nulLine = this.lineOfOffset(chunk, chunk.indexOf(0));
    }
    if (!this.latin1 && this.invalidUtf8Line === 0) this.checkUtf8(chunk);
    let pos = 0;
    let lineBytes = this.lineBytes;
    let cut = false;
    while (pos < chunk.length) {
      const nl = chunk.indexOf(10, pos);
      const end = nl === -1 ? chunk.length : nl;
      if (lineBytes + end - pos > this.max) {
        cut = true;
        break;
      }
      if (nl === -1) {
        lineBytes += end - pos;
        break;
      }
      lineBytes = 0;
      pos = nl + 1;
    }
    if (!cut) {
      this.line += countNewlines(chunk);
      this.lineBytes = lineBytes;
      done(null, this.latin1 ? Buffer.from(chunk.toString("latin1"), "utf8") : chunk);
      return;
    }
    const out = [];
    pos = 0;
    while (pos < chunk.length) {
      const nl = chunk.indexOf(10, pos);
      const end = nl === -1 ? chunk.length : nl;
      const segment = end - pos;
      const room = this.max - this.lineBytes;
      if (room > 0) {
        if (segment <= room) out.push(chunk.subarray(pos, end));
        else out.push(chunk.subarray(pos, pos + utf8Boundary(chunk, pos, pos + room)));
      }
      this.lineBytes += segment;
      if (nl === -1) break;
      out.push(NEWLINE);
      if (this.lineBytes > this.max) this.cuts.set(this.line, this.lineBytes);
      this.line++;
      this.lineBytes = 0;
      pos = nl + 1;
    }
    const bytes = Buffer.concat(out);
    done(null, this.latin1 ? Buffer.from(bytes.toString("latin1"), "utf8") : bytes);
  }
  _flush(done) {
    if (this.lineBytes > this.max) this.cuts.set(this.line, this.lineBytes);
    if (!this.latin1 && this.invalidUtf8Line === 0 && this.pending.length > 0) {
      if (!isUtf8(Buffer.concat(this.pending))) this.invalidUtf8Line = this.line;
    }
    this.pending = [];
    done();
  }
  /** Validates whole lines only: a newline never sits inside a multi-byte character. */
  checkUtf8(chunk) {
    const lastNl = chunk.lastIndexOf(10);
    if (lastNl === -1) {
      this.pending.push(chunk);
      const held = this.pending.reduce((n, b) => n + b.length, 0);
      if (held > this.max) {
        const all = Buffer.concat(this.pending);
        if (!isUtf8(all.subarray(0, utf8Boundary(all, 0, all.length - 4)))) this.invalidUtf8Line = this.line;
        this.pending = [all.subarray(Math.max(0, all.length - 4))];
      }
      return;
    }
    const head = this.pending.length > 0 ? Buffer.concat([...this.pending, chunk.subarray(0, lastNl)]) : chunk.subarray(0, lastNl);
    if (!isUtf8(head)) this.invalidUtf8Line = this.firstInvalidLine(head);
    this.pending = lastNl + 1 < chunk.length ? [chunk.subarray(lastNl + 1)] : [];
  }
  firstInvalidLine(head) {
    let line = this.line;
    let pos = 0;
    while (pos <= head.length) {
      const nl = head.indexOf(10, pos);
      const end = nl === -1 ? head.length : nl;
      if (!isUtf8(head.subarray(pos, end))) return line;
      if (nl === -1) break;
      line++;
      pos = nl + 1;
    }
    return this.line;
  }
  lineOfOffset(chunk, offset) {
    let line = this.line;
    let pos = chunk.indexOf(10);
    while (pos !== -1 && pos < offset) {
      line++;
      pos = chunk.indexOf(10, pos + 1);
    }
    return line;
  }
};
var NEWLINE = Buffer.from("\n");
function countNewlines(chunk) {
  let n = 0;
  for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) n++;
  return n;
}
function utf8Boundary(buf, start, end) {
  let cut = Math.max(start, end);
  while (cut > start && cut < buf.length && (buf[cut] & 192) === 128) cut--;
  return cut - start;
}

// src/lines/normalize.ts
init_define_LOGCHECK_PACKAGE();
var ESCAPES = /\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[PX^_][^\x1b]*(?:\x1b\\)?|\x1b[ -/]*[0-~]|[\x1b\x9b]/g;
var GITHUB_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z /;
var JENKINS_TIMESTAMP = /^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z?\] /;
var BUILDKIT_PREFIX = /^#\d+ \d+\.\d+ /;
var SGR = /\x1b\[[0-9;]*m/g;
function stripEscapes(text) {
  if (text.includes("\x1B")) {
    const plain = text.replace(SGR, "");
    return plain.includes("\x1B") || plain.includes("\x9B") ? plain.replace(ESCAPES, "") : plain;
  }
  return text.includes("\x9B") ? text.replace(ESCAPES, "") : text;
}
function lastRedraw(text) {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 13) end--;
  let start = end > 0 ? text.lastIndexOf("\r", end - 1) : -1;
  while (start >= 0) {
    const segment = text.slice(start + 1, end);
    if (segment.trim() !== "") return segment;
    end = start;
    start = end > 0 ? text.lastIndexOf("\r", end - 1) : -1;
  }
  return text.slice(0, end);
}
function stripCiPrefix(text) {
  const first = text.charCodeAt(0);
  if (first === 35) return text.replace(BUILDKIT_PREFIX, "");
  if (first === 91 && text.charCodeAt(5) === 45) return text.replace(JENKINS_TIMESTAMP, "");
  if (first >= 48 && first <= 57 && text.charCodeAt(4) === 45 && text.charCodeAt(10) === 84) {
    return text.replace(GITHUB_TIMESTAMP, "");
  }
  return text;
}
function normalizeLine(raw) {
  let text = stripEscapes(raw);
  if (text.includes("\r")) text = lastRedraw(text);
  text = stripCiPrefix(text);
  if (text.includes("\u2026")) text = text.replaceAll("\u2026", "...");
  return text;
}

// src/engine/read-lines.ts
var DEFAULT_MAX_LINE_BYTES = 1024 * 1024;
async function readLines(input, options, onLine) {
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const clamp = new LineClamp({ maxLineBytes, latin1: options.latin1 ?? false });
  const problems = [];
  const problem = (message, level = "error") => problems.push({ source: options.source, message, level });
  let number = 0;
  let cutLines = 0;
  let firstCut;
  const splitter = (0, import_split2.default)("\n", (raw) => {
    number++;
    const cutBytes = clamp.cuts.size === 0 ? void 0 : clamp.cuts.get(number);
    if (cutBytes !== void 0) {
      clamp.cuts.delete(number);
      cutLines++;
      firstCut ??= { line: number, bytes: cutBytes };
    }
    const line = cutBytes === void 0 ? { number, raw, text: normalizeLine(raw) } : { number, raw, text: normalizeLine(raw), cutBytes };
    onLine(line);
    return void 0;
  });
  splitter.resume();
  try {
    await pipeline(input, clamp, splitter);
  } catch (error2) {
    problem(`${describeSystemError(error2)}${number > 0 ? ` (after line ${number})` : ""}`);
  }
  if (firstCut !== void 0) {
    const more = cutLines > 1 ? ` (and ${cutLines - 1} more)` : "";
    problem(`line ${firstCut.line}${more}: ${firstCut.bytes} bytes long; read the first ${maxLineBytes} (--max-line-bytes raises the limit)`);
  }
  if (clamp.invalidUtf8Line > 0) {
    problem(`line ${clamp.invalidUtf8Line}: not valid UTF-8; read with replacement characters (--encoding latin1 reads a Latin-1 log)`);
  }
  if (clamp.nulLine > 0) problem(`line ${clamp.nulLine}: NUL bytes in the text; read on`);
  if (problems.length === 0 && clamp.bytesIn === 0) {
    problem("empty log (0 bytes); was the build output captured, with 2>&1?");
  }
  return { lines: number, bytes: clamp.bytesIn, problems };
}

// src/parsers/index.ts
init_define_LOGCHECK_PACKAGE();

// src/parsers/apt.ts
init_define_LOGCHECK_PACKAGE();
var UNMET = /^ (?:(\S+) : |\s+)(?:Pre)?Depends: ([^\s(]+)(?: \(([^)]*)\))?\s*(.*)$/;
var DOSE = /^\s*unsat-dependency: ([^\s:(]+)(?::\S+)?(?: \(([^)]*)\))?/;
var CLASSIC_CONSIDER = /^ -> Considering build-dep (\S+)(?: \(([^)]*)\))?/;
var FETCH = /^([EW]): Failed to fetch (\S+)\s+(.*)$/;
var aptParser = {
  name: "apt",
  prefixes: ["-> Considering build-dep ", "The following packages have unmet dependencies", "Unable to resolve dependencies!", "E: ", "W: "],
  triggers: ["unsat-dependency: "],
  emits: ["apt.unmet", "apt.gave-up", "apt.fetch-failed"],
  create({ emit }) {
    let inUnmet = false;
    let dependent;
    let considering;
    return {
      // Inside apt's unmet-dependencies block every line matters (a non-indented one ends it).
      busy: () => inUnmet,
      line(line) {
        const text = line.text;
        const c = text.charCodeAt(0);
        if (c === 32) {
          if (inUnmet) {
            if (!text.includes("Depends: ")) {
              if (text.trim() !== "") inUnmet = false;
              return;
            }
            const m = UNMET.exec(text);
            if (m === null) return;
            if (m[1] !== void 0) dependent = m[1];
            emit("apt.unmet", line, {
              resolver: "apt",
              dependency: m[2],
              ...m[3] !== void 0 ? { constraint: m[3] } : {},
              ...m[4] ? { reason: m[4].trim() } : {},
              ...dependent !== void 0 ? { dependent } : {}
            });
            return;
          }
          if (text.includes("unsat-dependency: ")) {
            const m = DOSE.exec(text);
            if (m !== null) emit("apt.unmet", line, { resolver: "dose3", dependency: m[1], ...m[2] !== void 0 ? { constraint: m[2] } : {} });
            return;
          }
          if (text.startsWith(" -> Considering build-dep ")) {
            const m = CLASSIC_CONSIDER.exec(text);
            if (m !== null) considering = { dependency: m[1], ...m[2] !== void 0 ? { constraint: m[2] } : {} };
          }
          return;
        }
        inUnmet = false;
        if (c === 84 && text.startsWith("The following packages have unmet dependencies")) {
          inUnmet = true;
          dependent = void 0;
          return;
        }
        if (c === 85 && text.startsWith("Unable to resolve dependencies!")) {
          emit("apt.gave-up", line, { resolver: "aptitude" });
          return;
        }
        if (c !== 69 && c !== 87) return;
        if (text.charCodeAt(1) !== 58) return;
        if (text.startsWith("E: Unable to correct problems")) {
          emit("apt.gave-up", line, { resolver: "apt" });
          return;
        }
        if (text.startsWith("E: Could not satisfy build-dependency")) {
          if (considering !== void 0) emit("apt.unmet", line, { resolver: "classic", ...considering });
          emit("apt.gave-up", line, { resolver: "classic" });
          return;
        }
        if (text.startsWith("E: Unable to locate package ")) {
          emit("apt.unmet", line, { resolver: "apt", dependency: text.slice(28).trim(), reason: "unable to locate package" });
          return;
        }
        if (text.includes("Failed to fetch ")) {
          const m = FETCH.exec(text);
          if (m !== null) emit("apt.fetch-failed", line, { url: m[2], reason: m[3].trim(), fatal: m[1] === "E" });
        }
      }
    };
  }
};

// src/parsers/autoconf.ts
init_define_LOGCHECK_PACKAGE();
var CHECK = /^checking (.+?)\.\.\. ?(\(cached\) )?(.*?)\s*$/;
var WORKING = /^for working (\S+)$/;
var FOR = /^for (?:library containing )?(\S+)$/;
var BROKEN = /^for broken (\S+)$/;
var WHETHER_WORKS = /^whether (\S+) works$/;
var autoconfParser = {
  name: "autoconf",
  prefixes: ["checking "],
  emits: ["autoconf.check"],
  create({ emit }) {
    return {
      line(line) {
        const text = line.text;
        if (!text.startsWith("checking ")) return;
        const m = CHECK.exec(text);
        if (m === null || m[3] === "") return;
        const subject = m[1];
        let form = "other";
        let name = subject;
        let n;
        if ((n = WORKING.exec(subject)) !== null) {
          form = "working";
          name = n[1];
        } else if ((n = BROKEN.exec(subject)) !== null) {
          form = "broken";
          name = n[1];
        } else if ((n = WHETHER_WORKS.exec(subject)) !== null) {
          form = "working";
          name = n[1];
        } else if ((n = FOR.exec(subject)) !== null) {
          form = "for";
          name = n[1];
        } else if (subject.startsWith("whether ")) {
          form = "whether";
          name = subject.slice(8);
        }
        emit("autoconf.check", line, { subject, name, form, result: m[3], cached: m[2] !== void 0 });
      }
    };
  }
};

// src/parsers/dpkg-status.ts
init_define_LOGCHECK_PACKAGE();
var PARSE_ERROR = /^(?:sudo )?(dpkg(?:-query|-deb|-split|-divert|-trigger|-statoverride)?)(?:: (error|warning))?: (parse error, in file|parsing file) [`'](.+?)' near line (\d+)(?:(?: package [`'](.+?)')?:\s*(.*))?$/;
var PACKAGE_LINE = /^\s*package [`'](.+?)':\s*(.*)$/;
var APT_GET_LOCK = /(Waiting for cache lock: )?Could not get lock (\S+?)(?:\.? It is held by process (\d+)(?: \(([^)]+)\))?| - open \(|\s*$)/;
var APT_UNABLE = /Unable to (acquire the dpkg frontend lock|lock the administration directory|lock directory|lock the download directory) \(?([^\s),]+)/;
var DPKG_LOCKED = /^(?:sudo )?dpkg(?:-\w+)?: (?:error: )?(dpkg frontend lock|dpkg frontend|dpkg database lock|dpkg status database|status database area) (?:was|is) locked by another process(?: with pid (\d+))?/;
var INTERRUPTED = /dpkg was interrupted, you must manually run '([^']+)'/;
function lockKind(path5) {
  if (path5.endsWith("lock-frontend")) return "frontend";
  if (path5.includes("/lists/")) return "lists";
  if (path5.includes("/archives/")) return "archives";
  if (path5.endsWith("/lock") || path5.endsWith("/dpkg/") || path5.endsWith("/dpkg")) return "database";
  return "other";
}
function wordingOf(how, quote, level) {
  if (how === "parsing file") return level === void 0 ? "parsing" : "parsing-error";
  return quote === "`" ? "parse-error-backquote" : "parse-error";
}
function base(p) {
  return { program: p.program, level: p.level, file: p.file, near: p.near, ...p.package !== void 0 ? { package: p.package } : {}, wording: p.wording };
}
var DPKG_GATE = / near line |locked by another process|dpkg was interrupted/;
var dpkgStatusParser = {
  name: "dpkg-status",
  // The phrases the branches below test for (busy covers a parse error's second line).
  triggers: [" near line ", "locked by another process", "dpkg was interrupted", "Could not get lock ", "Unable to "],
  emits: ["dpkg.parse-error", "dpkg.lock", "dpkg.interrupted"],
  create({ emit }) {
    let pending;
    const flush = (problemLine) => {
      if (pending === void 0) return;
      const p = pending;
      pending = void 0;
      const evidence = [{ line: p.line.number, text: p.line.text }];
      if (problemLine !== void 0) evidence.push({ line: problemLine.number, text: problemLine.text });
      emit("dpkg.parse-error", problemLine ?? p.line, {
        ...base(p),
        ...problemLine !== void 0 ? { problem: problemLine.text.trim() } : {},
        evidence
      });
    };
    return {
      busy: () => pending !== void 0,
      line(line) {
        const text = line.text;
        if (pending !== void 0) {
          if (pending.awaitPackage) {
            const m = PACKAGE_LINE.exec(text);
            if (m !== null) {
              const first = pending.line;
              const rest = base(pending);
              pending = void 0;
              emit("dpkg.parse-error", line, {
                ...rest,
                package: m[1],
                ...m[2].trim() !== "" ? { problem: m[2].trim() } : {},
                evidence: [{ line: first.number, text: first.text }, { line: line.number, text }]
              });
              return;
            }
          }
          if (text.startsWith(" ") && text.trim() !== "") {
            flush(line);
            return;
          }
          flush();
        }
        if (text.includes("dpkg") && DPKG_GATE.test(text)) {
          if (text.includes(" near line ")) {
            const m = PARSE_ERROR.exec(text);
            if (m !== null) {
              const quote = text.charAt(text.indexOf(m[4]) - 1);
              const record = {
                program: m[1],
                level: m[2] === "warning" ? "warning" : "error",
                file: m[4],
                near: Number(m[5]),
                ...m[6] !== void 0 ? { package: m[6] } : {},
                wording: wordingOf(m[3], quote, m[2]),
                line,
                ...m[7] === void 0 ? { awaitPackage: true } : {}
              };
              const joined = (m[7] ?? "").trim();
              if (joined !== "") {
                emit("dpkg.parse-error", line, { ...base(record), problem: joined, evidence: [{ line: line.number, text }] });
              } else {
                pending = record;
              }
              return;
            }
          }
          if (text.includes("locked by another process")) {
            const m = DPKG_LOCKED.exec(text);
            if (m !== null) {
              const what = m[1];
              emit("dpkg.lock", line, {
                tool: "dpkg",
                lock: what.includes("frontend") ? "frontend" : "database",
                ...m[2] !== void 0 ? { pid: Number(m[2]) } : {},
                waiting: false
              });
            }
            return;
          }
          if (text.includes("dpkg was interrupted")) {
            const m = INTERRUPTED.exec(text);
            if (m !== null) emit("dpkg.interrupted", line, { command: m[1] });
            return;
          }
        }
        if (!text.includes("lock")) return;
        if (text.includes("Could not get lock ")) {
          const m = APT_GET_LOCK.exec(text);
          if (m !== null) {
            const path5 = m[2];
            emit("dpkg.lock", line, {
              tool: "apt",
              lock: lockKind(path5),
              path: path5,
              ...m[3] !== void 0 ? { pid: Number(m[3]) } : {},
              ...m[4] !== void 0 ? { holder: m[4] } : {},
              waiting: m[1] !== void 0
            });
          }
          return;
        }
        if (text.includes("Unable to ") && text.includes("lock")) {
          const m = APT_UNABLE.exec(text);
          if (m !== null) {
            const path5 = m[2];
            const kind = m[1] === "acquire the dpkg frontend lock" ? "frontend" : m[1] === "lock the administration directory" ? "database" : lockKind(path5);
            emit("dpkg.lock", line, { tool: "apt", lock: kind, path: path5, waiting: false });
          }
        }
      },
      end() {
        flush();
      }
    };
  }
};

// src/parsers/fink.ts
init_define_LOGCHECK_PACKAGE();
var LOCK = "fink-buildlock-";
var FAILED_NEW = /^Can't set build lock for (\S+) \(([^)\s]+)\)/;
var FAILED_OLD = /^Can't set build lock for (\S+?)\.?\s*$/;
var ACTIVE_PACKAGE = /^\s+(\S+) \(([^)\s]+)\)\s*$/;
var PREVENT = /^dpkg: dependency problems prevent (removal|configuration) of (\S+?):?\s*$/;
var REGARDING = /^dpkg: regarding \S+ containing (\S+?):?\s*$/;
var RELATION = /^ (\S+) (depends on|conflicts with) (\S+?)[.;]?(?: \(.*)?(?:; however:)?\s*$/;
var APT_RELATION = /^\s+(fink-buildlock-\S+) : (Depends|PreDepends|Conflicts|Breaks): (\S+)/;
var UNPACK_DEB = /(fink-buildlock-[^_\s/]+)_([^_\s/]+)_[^_\s/]+\.deb/;
var SETUP_REMOVE = /^(Setting up|Removing) (fink-buildlock-\S+?)(?::\S+)? \(([^)\s]+)\)/;
var LEFT = /^WARNING: Can't remove package(?: (fink-buildlock-\S+?))?\.?(?:\s|$)/;
var VERSION = /^Package manager version: (\d[\w.+~-]*)/;
var INTERRUPT = /^(\^C|(?:Killed|Terminated|Segmentation fault|Bus error|Abort trap|Hangup|Interrupt)(?:: \d+)?)(?:\s.*)?$/;
var finkParser = {
  name: "fink",
  // Lines that name a lock package, and the fixed beginnings of fink's own messages (interrupts included).
  triggers: [LOCK],
  prefixes: [
    "dpkg: ",
    "Installing build-lock package...",
    "Setting build lock...",
    "Removing build-lock package...",
    "Removing build lock...",
    "Can't set build lock for ",
    "Could not resolve inconsistent dependencies!",
    "There is currently an active buildlock",
    "WARNING: Can't remove package",
    "Package manager version: ",
    "Failed: ",
    "^C",
    "Killed",
    "Terminated",
    "Segmentation fault",
    "Bus error",
    "Abort trap",
    "Hangup",
    "Interrupt"
  ],
  emits: [
    "fink.lock-install",
    "fink.lock-remove",
    "fink.lock-unpack",
    "fink.lock-installed",
    "fink.lock-removed",
    "fink.lock-failed",
    "fink.lock-active",
    "fink.lock-relation",
    "fink.lock-left",
    "fink.inconsistent",
    "fink.interrupt",
    "fink.failed"
  ],
  create({ emit, env: env2 }) {
    let active;
    let leftPending;
    let context;
    let inconsistent;
    const seen = (_line) => {
      env2.fink ??= { signs: [] };
    };
    const ev2 = (line) => ({ line: line.number, text: line.text });
    const endInconsistent = () => {
      if (inconsistent === void 0) return;
      const done = inconsistent;
      inconsistent = void 0;
      const last = done.evidence[done.evidence.length - 1];
      emit("fink.inconsistent", { number: last.line, raw: last.text, text: last.text }, { buildlocks: done.locks, evidence: done.evidence });
    };
    const continueInconsistent = (line) => {
      if (inconsistent === void 0) return false;
      const text = line.text;
      const state = inconsistent;
      if (state.phase === "head") {
        if (text.startsWith("It looks like some of the problems")) {
          state.evidence.push(ev2(line));
          state.phase = text.includes("following packages:") ? "list" : "intro";
          return true;
        }
        endInconsistent();
        return false;
      }
      if (state.phase === "intro") {
        if (text.trim() !== "" && state.evidence.length < 4) {
          state.evidence.push(ev2(line));
          if (text.includes("packages:")) state.phase = "list";
          return true;
        }
        endInconsistent();
        return false;
      }
      const m = /^\s+(\S+)\s*$/.exec(text);
      if (m !== null && text.charCodeAt(0) === 32) {
        state.locks.push(m[1]);
        state.evidence.push(ev2(line));
        return true;
      }
      endInconsistent();
      return false;
    };
    return {
      // Multi-line messages and a dpkg context (until the next blank line) need every line.
      busy: () => inconsistent !== void 0 || active !== void 0 || leftPending !== void 0 || context !== void 0,
      line(line) {
        const text = line.text;
        if (continueInconsistent(line)) return;
        if (active !== void 0) {
          const first = active;
          active = void 0;
          const m = ACTIVE_PACKAGE.exec(text);
          if (m !== null) {
            seen(line);
            emit("fink.lock-active", line, { name: m[1], version: m[2], evidence: [first, ev2(line)] });
            return;
          }
        }
        if (leftPending !== void 0) {
          const first = leftPending;
          leftPending = void 0;
          const m = /^(fink-buildlock-\S+?)\.?(?:\s|$)/.exec(text);
          if (m !== null) {
            emit("fink.lock-left", line, { lock: m[1], evidence: [first, ev2(line)] });
            return;
          }
        }
        if (text.trim() === "") {
          context = void 0;
          return;
        }
        const c = text.charCodeAt(0);
        if (c === 32) {
          if (!text.includes(LOCK)) return;
          let m = RELATION.exec(text);
          if (m !== null) {
            const [, who, verb, other] = m;
            const lock = who.startsWith(LOCK) ? who : other.startsWith(LOCK) ? other : void 0;
            if (lock === void 0) return;
            seen(line);
            emit("fink.lock-relation", line, {
              lock,
              relation: verb === "depends on" ? "depends" : "conflicts",
              other: lock === who ? other : who,
              ...context !== void 0 ? { action: context.action, subject: context.subject } : {},
              evidence: [...context !== void 0 ? [context.evidence] : [], ev2(line)]
            });
            return;
          }
          m = APT_RELATION.exec(text);
          if (m !== null) {
            seen(line);
            emit("fink.lock-relation", line, {
              lock: m[1],
              relation: m[2] === "Conflicts" || m[2] === "Breaks" ? "conflicts" : "depends",
              other: m[3],
              evidence: [ev2(line)]
            });
          }
          return;
        }
        if (c === 100 && text.startsWith("dpkg: ")) {
          if (text.startsWith("dpkg: dependency problems prevent ")) {
            const m = PREVENT.exec(text);
            if (m !== null) context = { action: m[1] === "removal" ? "remove" : "configure", subject: m[2], evidence: ev2(line) };
            return;
          }
          if (text.startsWith("dpkg: regarding ")) {
            const m = REGARDING.exec(text);
            if (m !== null) context = { action: "install", subject: m[1], evidence: ev2(line) };
            return;
          }
          context = void 0;
          return;
        }
        if (text.includes(LOCK)) {
          if (text.startsWith("Preparing to unpack ") || text.startsWith("Unpacking ") || text.startsWith("Preparing to replace ")) {
            const m = UNPACK_DEB.exec(text);
            if (m !== null) {
              seen(line);
              emit("fink.lock-unpack", line, { lock: m[1], version: m[2] });
            }
            return;
          }
          if (text.startsWith("Setting up ") || text.startsWith("Removing ")) {
            const m = SETUP_REMOVE.exec(text);
            if (m !== null) {
              seen(line);
              if (m[1] === "Setting up") emit("fink.lock-installed", line, { lock: m[2], version: m[3] });
              else emit("fink.lock-removed", line, { lock: m[2] });
            }
            return;
          }
        }
        switch (c) {
          case 73:
            if (text.startsWith("Installing build-lock package...")) {
              seen(line);
              emit("fink.lock-install", line, { scheme: "finally" });
              return;
            }
            break;
          case 83:
            if (text.startsWith("Setting build lock...")) {
              seen(line);
              emit("fink.lock-install", line, { scheme: "pkgversion" });
              return;
            }
            break;
          case 82:
            if (text.startsWith("Removing build-lock package...")) {
              seen(line);
              emit("fink.lock-remove", line, { scheme: "finally" });
            } else if (text.startsWith("Removing build lock...")) {
              seen(line);
              emit("fink.lock-remove", line, { scheme: "pkgversion" });
            }
            return;
          case 67:
            if (text.startsWith("Can't set build lock for ")) {
              seen(line);
              let m = FAILED_NEW.exec(text);
              if (m !== null) {
                emit("fink.lock-failed", line, { name: m[1], version: m[2], fullname: `${m[1]}-${m[2]}`, scheme: "finally" });
                return;
              }
              m = FAILED_OLD.exec(text);
              if (m !== null) {
                const fullname = m[1];
                const parts = splitFullname(fullname);
                emit("fink.lock-failed", line, { ...parts, fullname, scheme: "pkgversion" });
              }
              return;
            }
            if (text.startsWith("Could not resolve inconsistent dependencies!")) {
              seen(line);
              inconsistent = { phase: "head", evidence: [ev2(line)], locks: [] };
            }
            return;
          case 84:
            if (text.startsWith("There is currently an active buildlock for the package")) {
              seen(line);
              active = ev2(line);
              return;
            }
            break;
          case 87:
            if (text.startsWith("WARNING: Can't remove package")) {
              const m = LEFT.exec(text);
              if (m === null) return;
              seen(line);
              if (m[1] !== void 0) emit("fink.lock-left", line, { lock: m[1], evidence: [ev2(line)] });
              else leftPending = ev2(line);
            }
            return;
          case 80:
            if (text.startsWith("Package manager version: ")) {
              const m = VERSION.exec(text);
              if (m !== null) {
                const fink = env2.fink ??= { signs: [] };
                fink.version = m[1];
                fink.signs.push(ev2(line));
              }
            }
            return;
          case 70:
            if (text.startsWith("Failed: ")) emit("fink.failed", line, { message: text.slice(8).trim() });
            return;
          default:
            break;
        }
        if (c === 94 || c === 75 || c === 84 || c === 83 || c === 66 || c === 65 || c === 72 || c === 73) {
          if (text.length > 40) return;
          const m = INTERRUPT.exec(text);
          if (m !== null) emit("fink.interrupt", line, { what: m[1] });
        }
      },
      end() {
        endInconsistent();
      }
    };
  }
};
function splitFullname(fullname) {
  const m = /^(.+)-([^-]+-[^-]+)$/.exec(fullname);
  return m === null ? { name: fullname } : { name: m[1], version: m[2] };
}

// src/parsers/compiler.ts
init_define_LOGCHECK_PACKAGE();
var DIAGNOSTIC = /^((?:[A-Za-z]:)?[^\s:][^:]*?):(\d+):(?:(\d+):)? (fatal error|error): (.*)$/;
var MISSING_HEADER = /^(\S+\.(?:h|hh|hpp|hxx|H|inc|tcc)|[\w./+-]+): No such file or directory$/;
var CANNOT_FIND = /ld(?:\.\w+)?: cannot find -l(\S+?)(?::|\s*$)/;
var UNDEFINED = /^(?:\/\S*ld(?:\.\w+)?: )?(?:(\S+?):(\d+): )?.*?undefined reference to [`'](.+)'\s*$/;
var compilerParser = {
  name: "compiler",
  triggers: ["error: ", "cannot find -l", "undefined reference to "],
  emits: ["compiler.error", "linker.missing-library", "linker.undefined-reference", "linker.failed"],
  create({ emit }) {
    return {
      line(line) {
        const text = line.text;
        if (text.includes("error: ")) {
          if (text.startsWith("collect2: error: ld returned")) {
            emit("linker.failed", line, {});
            return;
          }
          if (!text.includes(": error: ") && !text.includes(": fatal error: ")) return;
          const m = DIAGNOSTIC.exec(text);
          if (m === null) return;
          const message = m[5].trim();
          const header = m[4] === "fatal error" ? MISSING_HEADER.exec(message)?.[1] : void 0;
          emit("compiler.error", line, {
            file: m[1],
            lineNo: Number(m[2]),
            ...m[3] !== void 0 ? { column: Number(m[3]) } : {},
            severity: m[4],
            message,
            ...header !== void 0 ? { header } : {}
          });
          return;
        }
        if (text.includes("cannot find -l")) {
          const m = CANNOT_FIND.exec(text);
          if (m !== null) emit("linker.missing-library", line, { library: m[1] });
          return;
        }
        if (text.includes("undefined reference to ")) {
          const m = UNDEFINED.exec(text);
          if (m !== null) {
            emit("linker.undefined-reference", line, {
              symbol: m[3],
              ...m[1] !== void 0 && !m[1].includes("(") ? { file: m[1], lineNo: Number(m[2]) } : {}
            });
          }
        }
      }
    };
  }
};

// src/parsers/configure.ts
init_define_LOGCHECK_PACKAGE();
var PKGCONFIG = /^(?:No package '([^']+)' found|Package '([^']+)', required by '[^']*', not found)/;
var CMAKE_NOT_FOUND = /Could NOT find (\S+)/;
var CMAKE_CONFIG = /Could not find a package configuration file provided by "([^"]+)"/;
var MESON = /ERROR: Dependency ["']([^"']+)["'] (?:not found|is required but not found)/;
var configureParser = {
  name: "configure",
  prefixes: ["configure: error: ", "No package '", "Package '"],
  triggers: ["Could NOT find ", "Could not find a package configuration file", "ERROR: Dependency "],
  emits: ["configure.error", "configure.missing-dependency"],
  create({ emit }) {
    return {
      line(line) {
        const text = line.text;
        const c = text.charCodeAt(0);
        if (c === 99 && text.startsWith("configure: error: ")) {
          emit("configure.error", line, { message: text.slice(18).trim() });
          return;
        }
        if (c === 78 && text.startsWith("No package '") || c === 80 && text.startsWith("Package '")) {
          const m = PKGCONFIG.exec(text);
          if (m !== null) emit("configure.missing-dependency", line, { tool: "pkg-config", name: m[1] ?? m[2] });
          return;
        }
        if (text.includes("Could NOT find ")) {
          const m = CMAKE_NOT_FOUND.exec(text);
          if (m !== null) emit("configure.missing-dependency", line, { tool: "cmake", name: m[1] });
          return;
        }
        if (text.includes("Could not find a package configuration file")) {
          const m = CMAKE_CONFIG.exec(text);
          if (m !== null) emit("configure.missing-dependency", line, { tool: "cmake", name: m[1] });
          return;
        }
        if (text.includes("ERROR: Dependency ")) {
          const m = MESON.exec(text);
          if (m !== null) emit("configure.missing-dependency", line, { tool: "meson", name: m[1] });
        }
      }
    };
  }
};

// src/parsers/debhelper.ts
init_define_LOGCHECK_PACKAGE();

// src/stage.ts
init_define_LOGCHECK_PACKAGE();
var ENVIRONMENT_STAGES = /* @__PURE__ */ new Set([
  // pbuilder
  "extract-base",
  "build-deps",
  "timeout",
  "cleanup",
  "login",
  "execute",
  // sbuild
  "init",
  "create-session",
  "lock-session",
  "chroot-setup",
  "update",
  "apt-get-update",
  "apt-get-upgrade",
  "apt-get-distupgrade",
  "check-space",
  "install-core",
  "install-essential",
  "install-deps",
  "explain-bd-uninstallable",
  "fetch-src"
]);
function stageSide(stage) {
  if (stage === void 0) return void 0;
  if (stage.startsWith("hook")) return "environment";
  return ENVIRONMENT_STAGES.has(stage) ? "environment" : "package";
}
function setStage(env2, name, tool2, line) {
  env2.stage = { name, tool: tool2, line: line.number, text: line.text };
}
function currentStage(env2) {
  return env2.stage?.name;
}
function sourcePath(env2, file) {
  let path5 = file;
  if (!path5.startsWith("/") && env2.makeDir !== void 0) path5 = `${env2.makeDir}/${path5}`;
  const parts = [];
  for (const part of path5.split("/")) {
    if (part === "." || part === "") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  let normal = (path5.startsWith("/") ? "/" : "") + parts.join("/");
  const root = env2.sourceDir?.replace(/\/+$/, "");
  if (root !== void 0 && normal.startsWith(`${root}/`)) normal = normal.slice(root.length + 1);
  return normal;
}

// src/parsers/debhelper.ts
var OVERRIDE = /^ {3}(?:\S*\/)?(?:make -f )?debian\/rules (override|execute_before|execute_after)_(dh_\w+)(?:-(?:arch|indep))?\s*$/;
var MESSAGE = /^(dh(?:_\w+)?): (error|warning): (.*)$/;
var debhelperParser = {
  name: "debhelper",
  // `dh_install: error: ...`, `   dh_auto_test`, and `   debian/rules override_dh_...` (maybe behind `make -f`).
  prefixes: ["dh"],
  triggers: ["debian/rules "],
  emits: ["debhelper.step", "debhelper.message"],
  create({ emit, env: env2 }) {
    return {
      line(line) {
        const text = line.text;
        const c = text.charCodeAt(0);
        if (c === 100) {
          if (text.charCodeAt(1) !== 104 || !text.includes(": error: ") && !text.includes(": warning: ")) return;
          const m2 = MESSAGE.exec(text);
          if (m2 !== null) emit("debhelper.message", line, { tool: m2[1], level: m2[2], message: m2[3].trim() });
          return;
        }
        if (c !== 32 || !text.startsWith("   ") || text.charCodeAt(3) === 32) return;
        if (text.startsWith("   dh_")) {
          const rest = text.slice(3).trim();
          const space = rest.indexOf(" ");
          if (space > 0 && !rest.startsWith(" -", space)) return;
          const step = space > 0 ? rest.slice(0, space) : rest;
          setStage(env2, step, "debhelper", line);
          emit("debhelper.step", line, { step, override: false });
          return;
        }
        if (!text.includes("debian/rules ")) return;
        const m = OVERRIDE.exec(text);
        if (m === null) return;
        setStage(env2, m[2], "debhelper", line);
        emit("debhelper.step", line, { step: m[2], override: true });
      }
    };
  }
};

// src/parsers/dpkg-buildpackage.ts
init_define_LOGCHECK_PACKAGE();
var RULES_STEP = /^ (?:fakeroot )?debian\/rules (clean|build|binary)(?:-(?:arch|indep))?\s*$/;
var MESSAGE2 = /^(dpkg(?:-[a-z]+)?): (error|warning): (.*)$/;
var dpkgBuildpackageParser = {
  name: "dpkg-buildpackage",
  // `dpkg-buildpackage: error: ...`, ` dpkg-source -b .`, ` fakeroot debian/rules binary`.
  prefixes: ["dpkg"],
  triggers: ["debian/rules "],
  emits: ["dpkg.message", "dpkg.phase", "dpkg.patch"],
  create({ emit, env: env2 }) {
    return {
      line(line) {
        const text = line.text;
        const c = text.charCodeAt(0);
        if (c === 100) {
          if (!text.startsWith("dpkg")) return;
          if (text.startsWith("dpkg-source: info: applying ")) {
            emit("dpkg.patch", line, { patch: text.slice(28).trim() });
            return;
          }
          if (!text.includes(": error: ") && !text.includes(": warning: ")) return;
          const m2 = MESSAGE2.exec(text);
          if (m2 !== null) emit("dpkg.message", line, { tool: m2[1], level: m2[2], message: m2[3].trim() });
          return;
        }
        if (c !== 32 || text.charCodeAt(1) === 32) return;
        if (text.startsWith(" dpkg-source -b") || text.startsWith(" dpkg-source --before-build")) {
          setStage(env2, "source", "dpkg-buildpackage", line);
          emit("dpkg.phase", line, { phase: "source", target: text.trim() });
          return;
        }
        if (!text.includes("debian/rules ")) return;
        const m = RULES_STEP.exec(text);
        if (m === null) return;
        const phase = m[1];
        setStage(env2, phase, "dpkg-buildpackage", line);
        emit("dpkg.phase", line, { phase, target: text.trim() });
      }
    };
  }
};

// src/parsers/libc.ts
init_define_LOGCHECK_PACKAGE();
var ERRORS = [
  "No such file or directory",
  "Function not implemented",
  "Permission denied",
  "No space left on device",
  "Cannot allocate memory",
  "Read-only file system"
];
var PERROR = /^([A-Za-z_][\w.-]*): (.+?)\s*$/;
var libcParser = {
  name: "libc",
  emits: ["libc.perror"],
  suffixes: ERRORS,
  create({ emit }) {
    return {
      line(line) {
        const raw = line.text;
        const last = raw.charCodeAt(raw.length - 1);
        if (last !== 121 && last !== 100 && last !== 101 && last !== 109 && last !== 32) return;
        const text = last === 32 ? raw.trimEnd() : raw;
        let known = false;
        for (const e of ERRORS) if (text.endsWith(e)) {
          known = true;
          break;
        }
        if (!known) return;
        const colon = text.indexOf(": ");
        if (colon <= 0 || colon > 40) return;
        const m = PERROR.exec(text);
        if (m !== null) emit("libc.perror", line, { call: m[1], error: m[2] });
      }
    };
  }
};

// src/parsers/make.ts
init_define_LOGCHECK_PACKAGE();

// src/lines/detach.ts
init_define_LOGCHECK_PACKAGE();
function detach(text) {
  return Buffer.from(text, "utf8").toString("utf8");
}

// src/parsers/make.ts
var RECIPE = /^\[(?:(.+?):(\d+): )?(.+)\] Error (\d+)/;
var MAX_DEPTH = 32;
var ENTER = /^make(?:\[\d+\])?: (Entering|Leaving) directory [`'](.*)'\s*$/;
var makeParser = {
  name: "make",
  emits: ["make.error"],
  create({ emit, env: env2 }) {
    const dirs = [];
    let previous;
    return {
      line(line) {
        const text = line.text;
        if (text.charCodeAt(0) !== 109 || !text.startsWith("make")) {
          if (text !== "") previous = line;
          return;
        }
        const star = text.indexOf(": *** ");
        if (star > 0 && star < 12) {
          const level2 = text.charCodeAt(4) === 91 ? Number(text.slice(5, text.indexOf("]"))) : 0;
          const rest = text.slice(star + 6);
          const m2 = RECIPE.exec(rest);
          const last = previous !== void 0 ? { lastOutput: { line: previous.number, text: previous.text } } : {};
          previous = void 0;
          emit("make.error", line, m2 === null ? { level: level2, message: rest.trim(), ...last } : {
            level: level2,
            target: m2[3],
            code: Number(m2[4]),
            ...m2[1] !== void 0 ? { makefile: m2[1], makefileLine: Number(m2[2]) } : {},
            message: rest.trim(),
            ...last
          });
          return;
        }
        if (!text.includes(" directory ")) return;
        const m = ENTER.exec(text);
        if (m === null) return;
        const level = Math.min(text.charCodeAt(4) === 91 ? Number.parseInt(text.slice(5), 10) || 0 : 0, MAX_DEPTH);
        dirs.length = Math.min(dirs.length, level);
        if (m[1] === "Entering") dirs[level] = detach(m[2]);
        const top = dirs[dirs.length - 1];
        if (top === void 0) delete env2.makeDir;
        else env2.makeDir = top;
      }
    };
  }
};

// src/parsers/patch.ts
init_define_LOGCHECK_PACKAGE();
var HUNK = /^Hunk #(\d+) FAILED at (\d+)/;
var QUILT_FAILED = /^Patch (\S+) does not apply/;
var patchParser = {
  name: "patch",
  prefixes: ["patching file ", "Hunk #", "Patch ", "Applying patch "],
  emits: ["patch.hunk-failed", "patch.quilt-failed", "patch.applying"],
  create({ emit }) {
    let file;
    return {
      line(line) {
        const text = line.text;
        const c = text.charCodeAt(0);
        if (c === 112 && text.startsWith("patching file ")) {
          file = text.slice(14).trim().replace(/^'(.*)'$/, "$1");
          return;
        }
        if (c === 72 && text.startsWith("Hunk #") && text.includes(" FAILED at ")) {
          const m = HUNK.exec(text);
          if (m !== null) emit("patch.hunk-failed", line, { hunk: Number(m[1]), at: Number(m[2]), ...file !== void 0 ? { file } : {} });
          return;
        }
        if (c === 80 && text.startsWith("Patch ") && text.includes(" does not apply")) {
          const m = QUILT_FAILED.exec(text);
          if (m !== null) emit("patch.quilt-failed", line, { patch: m[1] });
          return;
        }
        if (c === 65 && text.startsWith("Applying patch ")) emit("patch.applying", line, { patch: text.slice(15).trim() });
      }
    };
  }
};

// src/parsers/pbuilder.ts
init_define_LOGCHECK_PACKAGE();
var STAGES = [
  // I: extracting base tarball [/var/cache/pbuilder/base.tgz]
  ["extracting base tarball", "extract-base"],
  // I: Copying source file / I: Extracting source
  ["Copying source file", "source"],
  ["Extracting source", "source"],
  // I: Installing the build-deps
  ["Installing the build-deps", "build-deps"],
  // I: Building the package
  ["Building the package", "build"],
  // I: Terminating build process due to timeout
  ["Terminating build process due to timeout", "timeout"],
  // I: cleaning the build env
  ["cleaning the build env", "cleanup"],
  // I: Current time: Sat Nov 21 01:59:59 UTC 2026
  ["Current time:", "time"],
  // I: entering the shell
  ["entering the shell", "login"]
];
function infoBody(text) {
  if (text.startsWith("I: ")) return { body: text.slice(3), old: false };
  if (text.startsWith(" -> ")) return { body: text.slice(4), old: true };
  return void 0;
}
var BUILTIN_MOUNT = /^mounting (\/\S*) filesystem\s*$/;
var BIND_MOUNT = /^Mounting (\S+)(?: to (\S+))?\s*$/;
var UNMOUNT = /^unmounting (\S+) filesystem\s*$/;
var HOOK = /^user script (\S+) (starting|finished)\s*$/;
var RUNNING_CD = /^Running cd (\/\S+?)\/? &&/;
function compareVersions(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
var pbuilderParser = {
  name: "pbuilder",
  // Every pbuilder line starts with one of these (` -> ` before 0.187; the engine skips leading spaces).
  prefixes: ["I: ", "E: ", "W: ", "-> "],
  emits: ["pbuilder.session", "pbuilder.stage", "pbuilder.mount", "pbuilder.mounts-done", "pbuilder.unmount", "pbuilder.message", "pbuilder.hook"],
  create({ emit, env: env2 }) {
    let mounts;
    let hook;
    const era = (line, bound) => {
      const known = env2.pbuilder ??= { signs: [] };
      let moved = false;
      if (bound.min !== void 0 && (known.min === void 0 || compareVersions(bound.min, known.min) > 0)) {
        known.min = bound.min;
        moved = true;
      }
      if (bound.max !== void 0 && (known.max === void 0 || compareVersions(bound.max, known.max) < 0)) {
        known.max = bound.max;
        moved = true;
      }
      if (moved) known.signs.push({ line: line.number, text: line.text });
    };
    const closeMounts = (line) => {
      if (mounts === void 0) return;
      const done = mounts;
      mounts = void 0;
      if (done.length > 0) emit("pbuilder.mounts-done", line, { mounts: done });
    };
    const mount = (line, target, kind) => {
      mounts ??= [];
      const record = { target, kind, line: line.number, text: line.text };
      mounts.push(record);
      emit("pbuilder.mount", line, record);
    };
    return {
      // During the mount phase every line matters (the first non-pbuilder line ends it), and while a
      // hook runs its output is remembered.
      busy: () => mounts !== void 0 && mounts.length > 0 || hook !== void 0,
      line(line) {
        const text = line.text;
        const c = text.charCodeAt(0);
        if (hook !== void 0 && c !== 73 && text.trim() !== "") hook.last = { line: line.number, text, note: "last output of the hook" };
        if (c !== 73 && c !== 69 && c !== 87 && c !== 32) {
          if (mounts !== void 0 && mounts.length > 0 && text.trim() !== "") closeMounts(line);
          return;
        }
        if (text.charCodeAt(1) === 58 && text.charCodeAt(2) === 32 && (c === 69 || c === 87)) {
          env2.pbuilder ??= { signs: [] };
          emit("pbuilder.message", line, { level: c === 69 ? "E" : "W", message: text.slice(3).trim() });
          return;
        }
        const info2 = infoBody(text);
        if (info2 === void 0) return;
        const { body: body2, old } = info2;
        if (body2.startsWith("Building the build Environment") || body2.startsWith("Building the build environment")) {
          env2.pbuilder ??= { signs: [] };
          if (old) era(line, { max: "0.186" });
          mounts = [];
          emit("pbuilder.session", line, { mode: body2.includes("Environment") || old ? "build" : "create" });
          return;
        }
        if (body2.startsWith("mounting ") || body2.startsWith("Mounting ")) {
          let m = BUILTIN_MOUNT.exec(body2);
          if (m !== null) {
            const target = m[1];
            if (old) era(line, { max: "0.186" });
            else if (target === "/proc") era(line, { min: "0.187" });
            if (target === "/sys") era(line, { min: "0.225" });
            if (target === "/run/shm") era(line, { min: "0.215", max: "0.227" });
            mount(line, target, "builtin");
            return;
          }
          m = BIND_MOUNT.exec(body2);
          if (m !== null) {
            mount(line, m[2] ?? m[1], "bind");
            return;
          }
        }
        if (body2.startsWith("creating /{dev,run}/shm")) {
          era(line, { min: "0.228" });
          mount(line, "/dev/shm", "shm-tmpfs");
          return;
        }
        if (body2.startsWith("redirecting /dev/ptmx")) {
          era(line, { min: "0.228.6" });
          mount(line, "/dev/ptmx", "ptmx");
          return;
        }
        if (body2.startsWith("pbuilder: network access will be disabled")) {
          era(line, { min: "0.215" });
          env2.networkDisabled = { line: line.number, text };
        }
        if (hook !== void 0 && (body2.startsWith("unmounting ") || body2.startsWith("cleaning the build env"))) {
          emit("pbuilder.hook", line, { script: hook.script, state: "aborted", ...hook.last ? { lastOutput: hook.last } : {} });
          hook = void 0;
        }
        if (body2.startsWith("unmounting ")) {
          const m = UNMOUNT.exec(body2);
          if (m !== null) {
            const target = m[1];
            emit("pbuilder.unmount", line, { target: target.startsWith("/") ? target : `/${target}`, relative: !target.startsWith("/") });
          }
          return;
        }
        if (body2.startsWith("user script ")) {
          const m = HOOK.exec(body2);
          if (m !== null) {
            const script = m[1];
            if (m[2] === "starting") {
              setStage(env2, `hook ${script.slice(script.lastIndexOf("/") + 1)}`, "pbuilder", line);
              hook = { script };
            } else hook = void 0;
            emit("pbuilder.hook", line, { script, state: m[2] });
          }
          return;
        }
        if (body2.startsWith("Running cd ")) {
          const m = RUNNING_CD.exec(body2);
          if (m !== null) env2.sourceDir = m[1];
        }
        if (mounts !== void 0 && mounts.length > 0) closeMounts(line);
        for (let i = 0; i < STAGES.length; i++) {
          const [start, stage] = STAGES[i];
          if (body2.startsWith(start)) {
            if (stage !== "time") setStage(env2, stage, "pbuilder", line);
            emit("pbuilder.stage", line, { stage });
            return;
          }
        }
      },
      end() {
        if (mounts !== void 0 && mounts.length > 0) {
          const last = mounts[mounts.length - 1];
          emit("pbuilder.mounts-done", { number: last.line, raw: last.text, text: last.text }, { mounts });
          mounts = void 0;
        }
      }
    };
  }
};

// src/parsers/python.ts
init_define_LOGCHECK_PACKAGE();
var CODE_LINE = /^\s{3,}\S/;
var TRACEBACK = "Traceback (most recent call last):";
var FRAME = /^\s*File "([^"]*)", line (\d+), in (.+?)\s*$/;
var EXCEPTION = /^((?:[A-Za-z_]\w*\.)*[A-Z]\w*)(?:: (.*))?$/;
var LONE_EXCEPTION = /^((?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception)): (.+)$/;
var CARETS = /^\s*[~^]+\s*$/;
var MAX_CONTINUATION = 3;
var DANGLING = /(?:,|\b(?:a|an|the|and|or|not|will|to|of|for|with|be|is|are|required|therefore|needed))$/;
function unfinished(message) {
  return DANGLING.test(message.trimEnd());
}
var pythonParser = {
  name: "python",
  emits: ["python.exception"],
  prefixes: ["Traceback"],
  triggers: ["rror: ", "xception: "],
  create({ emit }) {
    let tracebackLine;
    let frames = [];
    let frameAwaitingCode;
    let pending;
    const flush = () => {
      if (pending === void 0) return;
      const p = pending;
      pending = void 0;
      emit("python.exception", p.last, {
        type: p.type,
        message: p.message,
        ...p.tracebackLine !== void 0 ? { tracebackLine: p.tracebackLine } : {},
        frames: p.frames,
        messageLines: p.messageLines
      });
    };
    const startException = (line, type, message) => {
      pending = {
        type,
        message,
        ...tracebackLine !== void 0 ? { tracebackLine } : {},
        frames,
        messageLines: [{ line: line.number, text: line.text }],
        last: line
      };
      tracebackLine = void 0;
      frames = [];
      frameAwaitingCode = void 0;
      if (!unfinished(message)) flush();
    };
    return {
      busy: () => tracebackLine !== void 0 || pending !== void 0,
      line(line) {
        const text = line.text;
        if (pending !== void 0) {
          const trimmed = text.trim();
          if (pending.messageLines.length <= MAX_CONTINUATION && /^[a-z]/.test(trimmed) && !trimmed.includes("Traceback")) {
            pending.message += ` ${trimmed}`;
            pending.messageLines.push({ line: line.number, text });
            pending.last = line;
            if (!unfinished(trimmed) || pending.messageLines.length > MAX_CONTINUATION) flush();
            return;
          }
          flush();
        }
        if (tracebackLine === void 0) {
          let first = 0;
          while (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9) first++;
          if (text.startsWith(TRACEBACK, first)) {
            tracebackLine = line.number;
            frames = [];
            return;
          }
          const c = text.charCodeAt(first);
          const letter = c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
          if (letter && (text.includes("rror: ") || text.includes("xception: "))) {
            const m2 = LONE_EXCEPTION.exec(text.trimStart());
            if (m2 !== null) startException(line, m2[1], m2[2]);
          }
          return;
        }
        if (text.includes('File "')) {
          const m2 = FRAME.exec(text);
          if (m2 !== null) {
            frameAwaitingCode = { file: m2[1], lineno: Number(m2[2]), func: m2[3], line: line.number };
            frames.push({ ...frameAwaitingCode, code: "" });
            return;
          }
        }
        if (frameAwaitingCode !== void 0 && CODE_LINE.test(text)) {
          if (!CARETS.test(text)) {
            frames[frames.length - 1] = { ...frameAwaitingCode, code: text.trim() };
            frameAwaitingCode = void 0;
          }
          return;
        }
        if (CARETS.test(text) || CODE_LINE.test(text)) return;
        const m = EXCEPTION.exec(text.trimEnd());
        if (m !== null) {
          startException(line, m[1], m[2] ?? "");
          return;
        }
        if (text.trim() !== "") {
          tracebackLine = void 0;
          frames = [];
          frameAwaitingCode = void 0;
        }
      },
      end() {
        flush();
      }
    };
  }
};

// src/parsers/sbuild.ts
init_define_LOGCHECK_PACKAGE();
var SECTION_STAGES = {
  "Update chroot": "update",
  "Fetch source files": "fetch-src",
  "Install package build dependencies": "install-deps",
  "Install core build dependencies (apt-based resolver)": "install-deps",
  "Install build-essential": "install-deps",
  "Check architectures": "arch-check",
  "Build environment": "build",
  Build: "build",
  "Post Build": "post-build",
  "Post Build Commands": "post-build",
  "Chroot Setup Commands": "chroot-setup",
  "Pre Build Commands": "chroot-setup",
  Cleanup: "cleanup",
  Summary: "summary"
};
var BANNER = /^sbuild \(Debian sbuild\) (\S+)/;
var KILLED = /^E: Build killed with signal (\S+) after (\d+) minutes of inactivity/;
function isBorder(text) {
  const c = text.charCodeAt(0);
  if (c === 43) return text.length > 20 && (text.charCodeAt(1) === 45 || text.charCodeAt(1) === 61) && text.trimEnd().endsWith("+");
  return (c === 9484 || c === 9492 || c === 9556 || c === 9562) && text.length > 20;
}
var sbuildParser = {
  name: "sbuild",
  emits: ["sbuild.section", "sbuild.status", "sbuild.timeout", "sbuild.error"],
  create({ emit, env: env2 }) {
    let afterBorder = false;
    let inSummary = false;
    let failStage;
    return {
      line(line) {
        const text = line.text;
        const c = text.charCodeAt(0);
        if (c === 43 || c >= 9472) {
          if (isBorder(text)) {
            afterBorder = true;
            return;
          }
        }
        if (afterBorder) {
          afterBorder = false;
          if (c === 124 || c === 9474 || c === 9553) {
            env2.sbuild ??= {};
            const title = text.slice(1, text.trimEnd().length - 1).trim();
            const stage = SECTION_STAGES[title];
            inSummary = title === "Summary";
            if (stage !== void 0 && stage !== "summary") setStage(env2, stage, "sbuild", line);
            emit("sbuild.section", line, { title, ...stage !== void 0 ? { stage } : {} });
            return;
          }
        }
        if (c === 115 && text.startsWith("sbuild (Debian sbuild) ")) {
          const m = BANNER.exec(text);
          if (m !== null) env2.sbuild = { version: m[1] };
          env2.sourceDir ??= "/<<PKGBUILDDIR>>";
          return;
        }
        if (inSummary) {
          if (text.startsWith("Fail-Stage: ")) failStage = { stage: text.slice(12).trim(), line: line.number };
          else if (text.startsWith("Status: ")) {
            emit("sbuild.status", line, {
              status: text.slice(8).trim(),
              ...failStage !== void 0 ? { failStage: failStage.stage, failStageLine: failStage.line } : {}
            });
          }
          return;
        }
        if (c === 69 && env2.sbuild !== void 0 && text.startsWith("E: ")) {
          if (text.startsWith("E: Build killed with signal ")) {
            const m = KILLED.exec(text);
            if (m !== null) emit("sbuild.timeout", line, { signal: m[1], minutes: Number(m[2]) });
          }
          emit("sbuild.error", line, { message: text.slice(3).trim() });
        }
      }
    };
  }
};

// src/parsers/system.ts
init_define_LOGCHECK_PACKAGE();
var NOT_FOUND = /^(\S*?(?:sh|bash|dash|zsh)): (?:(?:line )?\d+: )?([^\s:]+): (?:command )?not found\s*$/;
var MAKE_EXEC = /^make(?:\[\d+\])?: ([^\s:/]+): No such file or directory\s*$/;
var PERL_EXEC = /^Can't exec "([^"]+)": No such file or directory/;
var RESOLVE_HOST = /(?:resolve host(?: address)?|resolve|resolving)[: ]+[`'"]?([A-Za-z0-9][\w.-]*\.[A-Za-z]{2,})/i;
var GETADDRINFO = /getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (\S+)/;
var GO_LOOKUP = /dial tcp: lookup (\S+?)(?: on |: )/;
var ECHO = /\b(?:echo|printf)\s/;
var FAILURE_WORD = /(?:\bnot\b|[Uu]nable to|[Cc]ould not|[Cc]annot|[Cc]ouldn't|[Ff]ailure|[Ff]ailed)/;
var TOOL = /^([\w.-]+?)(?:\[\d+\])?: /;
var MISSING_MOUNT = [
  ["/proc must be mounted", "no-proc"],
  ["/proc is not mounted", "no-proc"],
  ["'/proc/self", "no-proc"],
  ["cannot open /proc/", "no-proc"],
  ["Cannot open /proc/", "no-proc"],
  ["can't open /proc/", "no-proc"],
  ["(Is /dev/pts mounted?)", "no-devpts"],
  ["openpty failed", "no-devpts"],
  ["out of pty devices", "no-devpts"],
  ["posix_openpt", "no-devpts"]
];
function tool(text) {
  const name = TOOL.exec(text)?.[1];
  return name !== void 0 && name.length > 1 ? name : void 0;
}
var systemParser = {
  name: "system",
  triggers: [
    "No space left on device",
    "No such file or directory",
    "emory",
    "Killed",
    "resol",
    "Name or service not known",
    "getaddrinfo E",
    "dial tcp: lookup ",
    "Network is unreachable",
    "Failed to establish a new connection",
    ...MISSING_MOUNT.map(([literal]) => literal)
  ],
  // `/bin/sh: 1: cmake: not found`: only at the end of a line.
  suffixes: ["not found"],
  emits: ["system.error"],
  create({ emit }) {
    return {
      line(line) {
        const text = line.text;
        if (text.length < 12) return;
        for (const [literal, problem] of MISSING_MOUNT) {
          if (text.includes(literal)) {
            emit("system.error", line, { problem });
            return;
          }
        }
        if (text.includes("No space left on device")) {
          const t = tool(text);
          emit("system.error", line, { problem: "no-space", ...t !== void 0 ? { tool: t } : {} });
          return;
        }
        if (text.includes("not found")) {
          if (!text.endsWith("not found") && !text.endsWith("not found ")) return;
          const m = NOT_FOUND.exec(text);
          if (m !== null && !m[2].includes("/")) emit("system.error", line, { problem: "command-not-found", subject: m[2], tool: m[1] });
          return;
        }
        if (text.includes("No such file or directory")) {
          if (text.startsWith("make")) {
            const m = MAKE_EXEC.exec(text);
            if (m !== null) emit("system.error", line, { problem: "command-not-found", subject: m[1], tool: "make" });
          } else if (text.startsWith(`Can't exec "`)) {
            const m = PERL_EXEC.exec(text);
            if (m !== null && !m[1].includes("/")) emit("system.error", line, { problem: "command-not-found", subject: m[1], tool: "perl" });
          }
          return;
        }
        if (text.includes("emory") || text.includes("Killed")) {
          let subject;
          const killed = text.indexOf("Killed signal terminated program ");
          if (killed >= 0) subject = text.slice(killed + 33).trim();
          else if (text.includes("internal compiler error: Killed (program ")) subject = text.slice(text.indexOf("(program ") + 9).replace(/\).*$/, "");
          else if (!text.includes("virtual memory exhausted") && !text.includes(": out of memory allocating") && !text.includes("JavaScript heap out of memory") && !text.startsWith("MemoryError") && !text.includes("Cannot allocate memory")) return;
          const t = tool(text);
          emit("system.error", line, { problem: "out-of-memory", ...subject !== void 0 ? { subject } : {}, ...t !== void 0 ? { tool: t } : {} });
          return;
        }
        if (text.includes("resol") || text.includes("Name or service not known")) {
          const glibc = text.includes("name resolution") || text.includes("Name or service not known") || text.includes("Temporary failure resolving");
          const hit = RESOLVE_HOST.exec(text);
          const host = hit?.[1];
          if (!glibc && (hit === null || !FAILURE_WORD.test(text))) return;
          if (hit !== null && ECHO.test(text.slice(0, hit.index))) return;
          const t = tool(text);
          emit("system.error", line, { problem: "name-resolution", ...host !== void 0 ? { subject: host } : {}, ...t !== void 0 ? { tool: t } : {} });
          return;
        }
        if (text.includes("getaddrinfo E") || text.includes("dial tcp: lookup ")) {
          const host = (GETADDRINFO.exec(text) ?? GO_LOOKUP.exec(text))?.[1];
          if (host === void 0) return;
          emit("system.error", line, { problem: "name-resolution", subject: host, ...tool(text) !== void 0 ? { tool: tool(text) } : {} });
          return;
        }
        if (text.includes("Network is unreachable") || text.includes("Failed to establish a new connection")) {
          const t = tool(text);
          emit("system.error", line, { problem: "network-unreachable", ...t !== void 0 ? { tool: t } : {} });
        }
      }
    };
  }
};

// src/parsers/test-runners.ts
init_define_LOGCHECK_PACKAGE();
var UNITTEST_SUMMARY = /^FAILED \((.*)\)\s*$/;
var UNITTEST_RAN = /^Ran (\d+) tests? in /;
var UNITTEST_FAIL = /^(?:FAIL|ERROR): (\S+) \(([\w.]+)\)/;
var PYTEST_SUMMARY = /^=+ (.*\b(\d+) (?:failed|errors?)\b.*) in [\d.]+s(?: \([\d:]+\))? =+\s*$/;
var PYTEST_FAILED = /^(?:FAILED|ERROR) (([^\s:]+\.py)::\S+)/;
var AUTOMAKE_COUNT = /^# (FAIL|ERROR|TOTAL): +(\d+)\s*$/;
var AUTOMAKE_FAIL = /^(?:FAIL|ERROR): (\S+)\s*$/;
var CTEST_SUMMARY = /(\d+) tests? failed out of (\d+)/;
var MESON_FAIL = /^Fail: +(\d+)\s*$/;
var PROVE_SUMMARY = /^Failed (\d+)\/(\d+) test programs/;
var GO_FAIL = /^\s*--- FAIL: (\S+)/;
var CARGO_SUMMARY = /^test result: FAILED\. (\d+) passed; (\d+) failed/;
function moduleFile(method, qualified) {
  const parts = qualified.split(".");
  parts.pop();
  if (parts[parts.length - 1] !== void 0 && qualified.endsWith(`.${method}`)) parts.pop();
  return `${(parts.length > 0 ? parts : [qualified]).join("/")}.py`;
}
var testRunnersParser = {
  name: "test-runners",
  prefixes: ["FAIL", "Fail", "ERROR: ", "Ran ", "=", "# ", "test result: FAILED"],
  triggers: ["--- FAIL: ", "failed out of"],
  emits: ["tests.summary", "tests.failed"],
  create({ emit }) {
    let ran;
    let automakeFailed = 0;
    let automakeCount;
    return {
      line(line) {
        const text = line.text;
        const c = text.charCodeAt(0);
        if (c === 70) {
          if (text.startsWith("FAILED (")) {
            const m = UNITTEST_SUMMARY.exec(text);
            if (m === null) return;
            let failed = 0;
            for (const part of m[1].split(",")) {
              const [key, value] = part.trim().split("=");
              if (key === "failures" || key === "errors" || key === "unexpected successes") failed += Number(value);
            }
            if (failed > 0) emit("tests.summary", line, { runner: "unittest", failed, ...ran !== void 0 ? { total: ran } : {} });
            return;
          }
          if (text.startsWith("FAILED ")) {
            const m = PYTEST_FAILED.exec(text);
            if (m !== null) emit("tests.failed", line, { runner: "pytest", name: m[1], file: m[2] });
            return;
          }
          if (text.startsWith("FAIL: ")) {
            const m = UNITTEST_FAIL.exec(text);
            if (m !== null) {
              emit("tests.failed", line, { runner: "unittest", name: m[2], file: moduleFile(m[1], m[2]) });
              return;
            }
            const a = AUTOMAKE_FAIL.exec(text);
            if (a !== null) emit("tests.failed", line, { runner: "automake", name: a[1] });
            return;
          }
          if (text.startsWith("Failed ")) {
            const m = PROVE_SUMMARY.exec(text);
            if (m !== null) emit("tests.summary", line, { runner: "prove", failed: Number(m[1]), total: Number(m[2]) });
            return;
          }
          if (text.startsWith("Fail:")) {
            const m = MESON_FAIL.exec(text);
            if (m !== null && Number(m[1]) > 0) emit("tests.summary", line, { runner: "meson", failed: Number(m[1]) });
          }
          return;
        }
        if (c === 69 && text.startsWith("ERROR: ")) {
          const m = UNITTEST_FAIL.exec(text);
          if (m !== null) emit("tests.failed", line, { runner: "unittest", name: m[2], file: moduleFile(m[1], m[2]) });
          return;
        }
        if (c === 82 && text.startsWith("Ran ")) {
          const m = UNITTEST_RAN.exec(text);
          if (m !== null) ran = Number(m[1]);
          return;
        }
        if (c === 61) {
          if (!text.includes(" failed") && !text.includes(" error")) return;
          const m = PYTEST_SUMMARY.exec(text);
          if (m !== null) {
            const failed = [...m[1].matchAll(/(\d+) (?:failed|errors?)\b/g)].reduce((n, x) => n + Number(x[1]), 0);
            emit("tests.summary", line, { runner: "pytest", failed });
          }
          return;
        }
        if (c === 35 && text.startsWith("# ")) {
          const m = AUTOMAKE_COUNT.exec(text);
          if (m === null) return;
          if (m[1] === "TOTAL") automakeCount = Number(m[2]);
          else {
            automakeFailed += Number(m[2]);
            if (m[1] === "ERROR" && automakeFailed > 0) {
              emit("tests.summary", line, { runner: "automake", failed: automakeFailed, ...automakeCount !== void 0 ? { total: automakeCount } : {} });
            }
            if (m[1] === "ERROR") automakeFailed = 0;
          }
          return;
        }
        if (c === 116 && text.startsWith("test result: FAILED")) {
          const m = CARGO_SUMMARY.exec(text);
          if (m !== null) emit("tests.summary", line, { runner: "cargo", failed: Number(m[2]), total: Number(m[1]) + Number(m[2]) });
          return;
        }
        if (text.includes("--- FAIL: ")) {
          const m = GO_FAIL.exec(text);
          if (m !== null) emit("tests.failed", line, { runner: "go", name: m[1] });
          return;
        }
        if (text.includes("tests failed out of") || text.includes("test failed out of")) {
          const m = CTEST_SUMMARY.exec(text);
          if (m !== null && Number(m[1]) > 0) emit("tests.summary", line, { runner: "ctest", failed: Number(m[1]), total: Number(m[2]) });
        }
      }
    };
  }
};

// src/parsers/index.ts
var allParsers = [
  pbuilderParser,
  sbuildParser,
  dpkgBuildpackageParser,
  debhelperParser,
  makeParser,
  autoconfParser,
  pythonParser,
  libcParser,
  aptParser,
  compilerParser,
  configureParser,
  patchParser,
  systemParser,
  testRunnersParser,
  dpkgStatusParser,
  finkParser
];

// src/rules/index.ts
init_define_LOGCHECK_PACKAGE();

// src/rules/apt-fetch-failed.ts
init_define_LOGCHECK_PACKAGE();

// src/failure.ts
init_define_LOGCHECK_PACKAGE();

// src/causes.ts
init_define_LOGCHECK_PACKAGE();
var list = [
  { id: "no-usable-shm", title: "No usable shared memory (/dev/shm) in the build environment", side: "environment" },
  { id: "chroot-missing-mount", title: "A filesystem the build needs was not mounted in the chroot", side: "environment" },
  { id: "broken-feature-check", title: "configure found a function but its run test failed", side: "environment" },
  { id: "log-missing-stderr", title: "The log lacks pbuilder's stderr", side: "environment" },
  { id: "fink-live-buildlock", title: "Another fink process is building a package and its buildlock is live", side: "environment" },
  { id: "fink-dead-buildlock", title: "A dead Fink buildlock left by a crashed or interrupted build", side: "environment" },
  { id: "fink-dependency-confusion", title: "Fink's dependency engine installed the wrong packages for a build", side: "environment" },
  { id: "dpkg-status-corrupt", title: "dpkg's status database cannot be parsed", side: "environment" },
  { id: "package-manager-lock", title: "Another package manager process holds the dpkg/apt lock", side: "environment" },
  { id: "dpkg-interrupted", title: "An interrupted dpkg run left unfinished changes", side: "environment" },
  { id: "obsolete-config", title: "A workaround the tool version no longer needs", side: "environment" },
  // Why a Debian build failed (the build-failure rules; `build-first-failure` names the first of them).
  { id: "build-failed", title: "The build failed", side: "package" },
  { id: "unsatisfiable-build-deps", title: "Build-dependencies cannot be satisfied in this chroot", side: "environment" },
  { id: "archive-fetch-failed", title: "Packages could not be downloaded from the archive", side: "environment" },
  { id: "package-manager-lock", title: "The package database is locked by another process", side: "environment" },
  { id: "chroot-setup-failed", title: "The build chroot could not be set up", side: "environment" },
  { id: "hook-failed", title: "A pbuilder hook script failed", side: "environment" },
  { id: "network-disabled", title: "The build needs the network, which the build environment does not give", side: "environment" },
  { id: "disk-full", title: "The disk filled up during the build", side: "environment" },
  { id: "out-of-memory", title: "The build ran out of memory", side: "environment" },
  { id: "build-timeout", title: "The builder killed the build at its time limit (pbuilder --timeout, sbuild inactivity)", side: "environment" },
  { id: "missing-build-tool", title: "A tool the build runs is not installed (missing Build-Depends)", side: "package" },
  { id: "missing-build-dep", title: "A library or module the build looks for is not installed (missing Build-Depends)", side: "package" },
  { id: "compile-error", title: "The source does not compile", side: "package" },
  { id: "missing-header", title: "A header file is missing", side: "package" },
  { id: "missing-library", title: "The linker cannot find a library", side: "package" },
  { id: "undefined-reference", title: "The link has undefined references", side: "package" },
  { id: "patch-does-not-apply", title: "A patch in debian/patches does not apply", side: "package" },
  { id: "unexpected-upstream-changes", title: "The source tree has changes outside debian/ that no patch records", side: "package" },
  { id: "test-failure", title: "The test suite failed", side: "package" },
  { id: "missing-installed-files", title: "Files the packaging installs were not built or not installed", side: "package" },
  { id: "debhelper-compat", title: "The debhelper compatibility level is missing or unsupported", side: "package" },
  { id: "make-missing-target", title: "make has no rule for a target", side: "package" },
  { id: "configure-failed", title: "configure stopped with an error", side: "package" },
  { id: "shlibdeps-failed", title: "dpkg-shlibdeps cannot find a library a binary links to", side: "package" }
];
var CAUSES = new Map(list.map((c) => [c.id, c]));
function causeTitle(id) {
  return CAUSES.get(id)?.title ?? id;
}

// src/failure.ts
function lineOf(fact, note) {
  return { line: fact.line.number, text: fact.line.text, ...note !== void 0 ? { note } : {} };
}
function placeOf(env2, cause) {
  const stage = currentStage(env2);
  return { ...stage !== void 0 ? { stage } : {}, side: CAUSES.get(cause)?.side ?? "package" };
}
function builderOf(env2) {
  if (env2.sbuild !== void 0) return "sbuild";
  if (env2.pbuilder !== void 0) return "pbuilder";
  return void 0;
}

// src/rules/apt-fetch-failed.ts
var rule = {
  meta: {
    id: "apt-fetch-failed",
    title: "apt could not download packages from the archive",
    severity: "error",
    cause: "archive-fetch-failed",
    tags: ["apt", "build-failure"],
    docs: {
      description: "apt's `E: Failed to fetch URL  404  Not Found` (or a connection error) while installing build-dependencies or updating the chroot.",
      why: "The chroot's package lists are older than the mirror (the mirror removed the version apt wants: 404), or the mirror or proxy is unreachable. The package itself is not at fault.",
      fix: "Update the chroot's package lists (pbuilder update / sbuild-update -u), or fix the mirror or proxy.",
      example: ["E: Failed to fetch http://deb.debian.org/debian/pool/main/f/foo/libfoo1_1.0-1_amd64.deb  404  Not Found [IP: 151.101.2.132 80]"]
    }
  },
  create(context) {
    let done = false;
    return {
      "apt.fetch-failed"(fact) {
        if (done || !fact.fatal) return;
        done = true;
        const notFound = fact.reason.includes("404");
        context.report({
          message: `apt could not download ${fact.url}: ${fact.reason}.`,
          evidence: [lineOf(fact, "download failed")],
          remediation: {
            summary: notFound ? "The chroot's package lists are out of date: update the chroot, then rebuild." : "The mirror is unreachable from the chroot: fix the mirror or proxy setting, then rebuild.",
            steps: notFound ? ["pbuilder update   (sbuild: sbuild-update -u CHROOT, or --apt-update)"] : ['grep -E "MIRRORSITE|http_proxy" /etc/pbuilderrc ~/.pbuilderrc', `curl -I ${fact.url}`]
          },
          ...placeOf(context.env, "archive-fetch-failed"),
          data: { url: fact.url, reason: fact.reason, headline: `apt could not download ${fact.url.slice(fact.url.lastIndexOf("/") + 1)}` }
        });
      }
    };
  }
};
var apt_fetch_failed_default = rule;

// src/rules/apt-unsatisfiable-build-deps.ts
init_define_LOGCHECK_PACKAGE();
var RESOLVER_NAMES = { apt: "apt", aptitude: "aptitude", classic: "pbuilder's classic resolver", dose3: "dose3" };
var rule2 = {
  meta: {
    id: "apt-unsatisfiable-build-deps",
    title: "A build-dependency cannot be installed",
    severity: "error",
    cause: "unsatisfiable-build-deps",
    tags: ["apt", "aptitude", "pbuilder", "sbuild", "build-failure"],
    docs: {
      description: "The resolver could not install the build-dependencies: apt's and aptitude's `The following packages have unmet dependencies:` block (` pbuilder-satisfydepends-dummy : Depends: libfoo-dev (>= 1.0) but it is not installable`), aptitude's `Unable to resolve dependencies!  Giving up...`, pbuilder-satisfydepends-classic's `E: Could not satisfy build-dependency.`, sbuild's dose3 explanation (`unsat-dependency: libfoo-dev:amd64 (>= 1.0)`), apt's `E: Unable to locate package`.",
      why: "The chroot's archive does not have the package, or not in the required version: it is not in this distribution (yet), the chroot is out of date, an extra repository is not configured, or the name is wrong in debian/control. Nothing of the package was built; sbuild marks this `given-back`.",
      fix: "Check the name and version against the archive the chroot uses (`apt-cache policy`, rmadison); update the chroot, add the repository that has it (pbuilder: OTHERMIRROR; sbuild: --extra-repository), or correct Build-Depends.",
      example: [" pbuilder-satisfydepends-dummy : Depends: libdoesnotexist-dev (>= 1.0) which is a virtual package and is not provided by any available package", "Unable to resolve dependencies!  Giving up..."]
    }
  },
  create(context) {
    let first;
    const others = [];
    let done = false;
    const report2 = (closing) => {
      if (done || first === void 0) return;
      done = true;
      const dep = first.constraint !== void 0 ? `${first.dependency} (${first.constraint})` : first.dependency;
      const sbuild = builderOf(context.env) === "sbuild";
      context.report({
        message: `The build-dependency ${dep} cannot be installed${first.reason ? `: ${first.reason}` : ""} (${RESOLVER_NAMES[first.resolver]}).`,
        evidence: [first.evidence, ...others, ...closing ? [closing] : []],
        remediation: {
          summary: `Make ${dep} installable in the chroot (update it, add the repository that has it) or correct Build-Depends in debian/control.`,
          steps: [
            `apt-cache policy ${first.dependency}   (inside the chroot: ${sbuild ? "sbuild-shell" : "pbuilder login"})`,
            `rmadison ${first.dependency}`,
            sbuild ? 'sbuild --extra-repository="deb http://... suite main" ...' : 'pbuilder update --override-config --othermirror "deb http://... suite main"'
          ]
        },
        ...first.place,
        data: { dependency: first.dependency, ...first.constraint !== void 0 ? { constraint: first.constraint } : {}, resolver: first.resolver, headline: `build-dependency ${dep} cannot be installed` }
      });
    };
    return {
      "apt.unmet"(fact) {
        if (done) return;
        if (first === void 0) {
          first = {
            dependency: fact.dependency,
            resolver: fact.resolver,
            evidence: lineOf(fact, "unsatisfiable"),
            place: placeOf(context.env, "unsatisfiable-build-deps"),
            ...fact.constraint !== void 0 ? { constraint: fact.constraint } : {},
            ...fact.reason !== void 0 ? { reason: fact.reason } : {}
          };
        } else if (others.length < 5 && fact.line.number !== first.evidence.line) others.push(lineOf(fact));
        if (fact.resolver === "dose3") report2();
      },
      "apt.gave-up"(fact) {
        if (first !== void 0 && first.resolver === "apt") first.resolver = fact.resolver;
        report2(lineOf(fact, "resolver gave up"));
      },
      "pbuilder.message"(fact) {
        if (fact.message.startsWith("pbuilder-satisfydepends failed")) report2(lineOf(fact, "pbuilder gives up"));
      },
      end() {
        report2();
      }
    };
  }
};
var apt_unsatisfiable_build_deps_default = rule2;

// src/rules/autoconf-check-contradiction.ts
init_define_LOGCHECK_PACKAGE();
var HANDLED_ELSEWHERE = /^sem_/;
var rule3 = {
  meta: {
    id: "autoconf-check-contradiction",
    title: "configure found a function, then found that it does not work",
    severity: "warning",
    cause: "broken-feature-check",
    tags: ["autoconf"],
    docs: {
      description: "A `checking for X... yes` link test followed by `checking for working X... no` or `checking whether X works... no` for the same X.",
      why: "The first check only links; the second runs a program. A function that links but does not run points at the build environment (a missing mount, a seccomp or container restriction, a wrong emulator for a foreign architecture), and configure silently falls back to a slower or disabled code path: the build passes and the product differs from a normal build.",
      fix: "Read config.log around the failing run test to see the error, and fix the build environment rather than the package.",
      example: ["checking for mmap... yes", "checking for working mmap... no"]
    }
  },
  create(context) {
    const found = /* @__PURE__ */ new Map();
    return {
      "autoconf.check"(fact) {
        if (HANDLED_ELSEWHERE.test(fact.name)) return;
        if (fact.form === "for" && fact.result === "yes") {
          found.set(detach(fact.name), { line: fact.line.number, text: detach(fact.line.text) });
          return;
        }
        if (fact.form !== "working" || fact.result !== "no") return;
        const link = found.get(fact.name);
        if (link === void 0) return;
        context.report({
          message: `configure found ${fact.name} (link test) but its run test says it does not work${fact.cached ? " (cached result)" : ""}.`,
          line: fact.line.number,
          evidence: [
            { ...link, note: "link test passed" },
            { line: fact.line.number, text: fact.line.text, note: "run test failed" }
          ],
          remediation: {
            summary: `Look in config.log for the run test of ${fact.name} to see why it failed in this environment; the package likely fell back to a replacement.`,
            steps: [`grep -n -A20 'checking for working ${fact.name}\\|whether ${fact.name} works' config.log`]
          },
          stage: "configure",
          data: { function: fact.name, cached: fact.cached }
        });
      }
    };
  }
};
var autoconf_check_contradiction_default = rule3;

// src/rules/autoconf-semaphores-disabled.ts
init_define_LOGCHECK_PACKAGE();

// src/remedies/shm.ts
init_define_LOGCHECK_PACKAGE();
function shmGeneration(env2) {
  const era = env2.pbuilder;
  if (era === void 0) return env2.sbuild !== void 0 ? "sbuild" : "unknown-environment";
  if (era.min !== void 0 && compareVersions(era.min, "0.228") >= 0) return "useshm";
  if (era.max !== void 0 && compareVersions(era.max, "0.214") <= 0) return "bindmount";
  if (era.min !== void 0 && compareVersions(era.min, "0.215") >= 0 && era.max !== void 0 && compareVersions(era.max, "0.227") <= 0) {
    return "userunshm";
  }
  return "unknown-pbuilder";
}
function eraWords(env2) {
  const era = env2.pbuilder;
  if (era === void 0) return "";
  const sign = era.signs[era.signs.length - 1];
  const range = era.min !== void 0 && era.max !== void 0 ? `${era.min}\u2013${era.max}` : era.min !== void 0 ? `\u2265 ${era.min}` : era.max !== void 0 ? `\u2264 ${era.max}` : "";
  return range === "" ? "" : ` (the log shows pbuilder ${range}${sign ? `: line ${sign.line}` : ""})`;
}
function shmRemediation(env2) {
  switch (shmGeneration(env2)) {
    case "useshm":
      return {
        summary: `Let pbuilder mount its tmpfs on /dev/shm${eraWords(env2)}: set USESHM=yes in the pbuilderrc (the default), and remove any USERUNSHM=no, which overrides it, and any old BINDMOUNTS=/dev/shm workaround.`,
        steps: ["USESHM=yes", 'grep -nE "^(USESHM|USERUNSHM|BINDMOUNTS)=" /etc/pbuilderrc ~/.pbuilderrc']
      };
    case "userunshm":
      return {
        summary: `Mount shared memory in the chroot${eraWords(env2)}: set USERUNSHM=yes in the pbuilderrc, or bind-mount the host's /dev/shm.`,
        steps: ["USERUNSHM=yes", 'BINDMOUNTS="/dev/shm"']
      };
    case "bindmount":
      return {
        summary: `This pbuilder has no shm option${eraWords(env2)}: bind-mount the host's /dev/shm into the chroot.`,
        steps: ["pbuilder build --bindmounts /dev/shm <package>.dsc", 'BINDMOUNTS="/dev/shm"']
      };
    case "unknown-pbuilder":
      return {
        summary: "Give the chroot a /dev/shm: on pbuilder \u2265 0.228 set USESHM=yes (and drop USERUNSHM=no); on older pbuilder bind-mount the host's /dev/shm. `dpkg-query -W pbuilder` shows the version.",
        steps: ["USESHM=yes", "pbuilder build --bindmounts /dev/shm <package>.dsc"]
      };
    case "sbuild":
      return {
        summary: "Give the sbuild chroot a /dev/shm: with the schroot backend, bind-mount the host's in the chroot's fstab; with the unshare backend, make sure the chroot tarball has a /dev/shm directory (a plain directory is enough on current glibc).",
        steps: ["/dev/shm  /dev/shm  none  rw,bind  0  0    # in /etc/schroot/sbuild/fstab"]
      };
    case "unknown-environment":
      return {
        summary: "Give the build environment a usable /dev/shm before the build starts: pbuilder \u2265 0.228 USESHM=yes (older: --bindmounts /dev/shm), schroot/sbuild a /dev/shm line in the chroot's fstab, any other chroot or container a tmpfs on /dev/shm.",
        steps: [
          "USESHM=yes    # pbuilderrc, pbuilder \u2265 0.228",
          "pbuilder build --bindmounts /dev/shm <package>.dsc    # pbuilder < 0.228",
          "/dev/shm  /dev/shm  none  rw,bind  0  0    # /etc/schroot/sbuild/fstab",
          "mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs <chroot>/dev/shm"
        ]
      };
  }
}

// src/rules/autoconf-semaphores-disabled.ts
var SEMAPHORE_FUNCTIONS = /* @__PURE__ */ new Set(["sem_open", "sem_timedwait", "sem_getvalue", "sem_unlink", "sem_clockwait"]);
var rule4 = {
  meta: {
    id: "autoconf-semaphores-disabled",
    title: "configure found sem_open but POSIX semaphores do not work",
    severity: "error",
    cause: "no-usable-shm",
    tags: ["autoconf", "python", "shm"],
    docs: {
      description: "configure linked against sem_open (`checking for sem_open... yes`) but its run test failed (`checking whether POSIX semaphores are enabled... no`).",
      why: "`checking for sem_open` is a link test: the C library has the function. `whether POSIX semaphores are enabled` runs a program that calls sem_open, which needs a usable /dev/shm. yes-then-no is the signature of a working libc in an environment without usable shared memory, usually a build chroot with no /dev/shm. CPython built this way lacks SemLock (upstream) or has HAVE_BROKEN_SEM_GETVALUE (Debian), so multiprocessing locks or Queue.qsize() fail later, even when the build itself succeeded. `checking for broken sem_getvalue... yes` on Linux is the same symptom. When cross-compiling the run test is skipped and says yes, so a no is never a cross-build artefact.",
      fix: "Give the build environment a /dev/shm (for pbuilder, the switch depends on its version: USESHM, USERUNSHM or a bind mount), then rebuild.",
      example: ["checking for sem_open... yes", "checking whether POSIX semaphores are enabled... no"]
    }
  },
  create(context) {
    const found = [];
    let disabled;
    let cached = false;
    let brokenGetvalue;
    const flush = () => {
      if (disabled === void 0) return;
      const evidence = [...found, disabled, ...brokenGetvalue ? [brokenGetvalue] : []];
      context.report({
        message: `configure found ${found.map((e) => e.note).join(", ")} but its run test says POSIX semaphores are not enabled${cached ? " (a cached result: the config.cache was made in the same environment)" : ""}: the build environment has no usable /dev/shm.`,
        line: disabled.line,
        evidence: evidence.map((e) => ({ line: e.line, text: e.text, ...e === disabled ? { note: "run test failed" } : e === brokenGetvalue ? { note: "same symptom" } : { note: "link test passed" } })),
        remediation: shmRemediation(context.env),
        stage: "configure",
        side: "environment",
        data: { functions: found.map((e) => e.note), cached, brokenSemGetvalue: brokenGetvalue !== void 0 }
      });
      disabled = void 0;
      brokenGetvalue = void 0;
      found.length = 0;
    };
    return {
      "autoconf.check"(fact) {
        const evidence = { line: fact.line.number, text: fact.line.text };
        if (disabled !== void 0) {
          if (fact.form === "broken" && fact.name === "sem_getvalue" && fact.result === "yes") {
            brokenGetvalue = evidence;
            return;
          }
          flush();
        }
        if (fact.form === "for" && fact.result === "yes" && SEMAPHORE_FUNCTIONS.has(fact.name)) {
          if (!found.some((e) => e.note === fact.name)) found.push({ ...evidence, note: fact.name });
          return;
        }
        if (fact.subject === "whether POSIX semaphores are enabled" && fact.result === "no" && found.length > 0) {
          disabled = evidence;
          cached = fact.cached;
        }
      },
      // Report once configure moves on to something else, so a live build shows it at once.
      line(fact) {
        if (disabled !== void 0 && fact.line.number > disabled.line && !fact.line.text.startsWith("checking ")) flush();
      },
      end: flush
    };
  }
};
var autoconf_semaphores_disabled_default = rule4;

// src/rules/build-command-not-found.ts
init_define_LOGCHECK_PACKAGE();

// src/remedies/apt-file.ts
init_define_LOGCHECK_PACKAGE();
function aptFileRegex(text) {
  return text.replace(/[.+]/g, "\\$&");
}

// src/rules/build-command-not-found.ts
var PACKAGES = {
  cmake: "cmake",
  meson: "meson",
  ninja: "ninja-build",
  "pkg-config": "pkgconf",
  pkgconf: "pkgconf",
  python: "python3 (call python3, or Build-Depend on python-is-python3)",
  python3: "python3",
  help2man: "help2man",
  autoreconf: "dh-autoreconf",
  autoconf: "autoconf",
  automake: "automake",
  aclocal: "automake",
  libtoolize: "libtool",
  bison: "bison",
  yacc: "bison",
  flex: "flex",
  lex: "flex",
  makeinfo: "texinfo",
  doxygen: "doxygen",
  xsltproc: "xsltproc",
  msgfmt: "gettext",
  xgettext: "gettext",
  gperf: "gperf",
  nasm: "nasm",
  yasm: "yasm",
  cargo: "cargo",
  rustc: "rustc",
  go: "golang-go",
  node: "nodejs",
  nodejs: "nodejs",
  npm: "npm",
  javac: "default-jdk",
  java: "default-jdk",
  "sphinx-build": "python3-sphinx",
  pandoc: "pandoc",
  git: "git",
  curl: "curl",
  wget: "wget",
  xmlto: "xmlto",
  gtkdocize: "gtk-doc-tools",
  intltoolize: "intltool",
  swig: "swig",
  patchelf: "patchelf",
  unzip: "unzip",
  zip: "zip",
  rsync: "rsync",
  bc: "bc",
  "ronn": "ruby-ronn",
  "a2x": "asciidoc",
  asciidoctor: "asciidoctor",
  "qmake": "qmake6 or qtbase5-dev",
  "dh_python3": "dh-python",
  "dh_autoreconf": "dh-autoreconf"
};
var rule5 = {
  meta: {
    id: "build-command-not-found",
    title: "A command the build runs is not installed",
    severity: "error",
    cause: "missing-build-tool",
    tags: ["shell", "build-failure"],
    docs: {
      description: "The shell (`/bin/sh: 1: cmake: not found`, `bash: cmake: command not found`) or make (`make: cmake: No such file or directory`) could not find a command the build runs.",
      why: "In a clean chroot only build-essential and the Build-Depends are installed. A tool that is on the developer's machine but not in Build-Depends (cmake, meson, help2man, pkg-config, python) is missing there; the exit status is 127.",
      fix: "Add the package that ships the command to Build-Depends in debian/control (apt-file finds it).",
      example: ["/bin/sh: 1: cmake: not found"]
    }
  },
  create(context) {
    let done = false;
    return {
      "system.error"(fact) {
        if (done || fact.problem !== "command-not-found" || fact.subject === void 0) return;
        done = true;
        const command2 = fact.subject;
        const pkg2 = PACKAGES[command2];
        context.report({
          message: `The build runs \`${command2}\`, which is not installed in the build environment.`,
          evidence: [lineOf(fact, `${command2} not found`)],
          remediation: {
            summary: pkg2 !== void 0 ? `Add ${pkg2} to Build-Depends in debian/control.` : `Add the package that ships ${command2} to Build-Depends in debian/control.`,
            steps: [`apt-file search --regexp 'bin/${aptFileRegex(command2)}$'`, `Build-Depends: ..., ${pkg2 !== void 0 ? pkg2.split(" ")[0] : "<that package>"}`]
          },
          ...placeOf(context.env, "missing-build-tool"),
          data: { command: command2, ...pkg2 !== void 0 ? { package: pkg2.split(" ")[0] } : {}, headline: `${command2}: command not found` }
        });
      }
    };
  }
};
var build_command_not_found_default = rule5;

// src/rules/build-dependency-not-found.ts
init_define_LOGCHECK_PACKAGE();
var rule6 = {
  meta: {
    id: "build-dependency-not-found",
    title: "configure, CMake or Meson did not find a dependency",
    severity: "error",
    cause: "missing-build-dep",
    tags: ["pkg-config", "cmake", "meson", "build-failure"],
    docs: {
      description: "The configure step looked for a library and did not find it: pkg-config's `No package 'glib-2.0' found` (pkgconf: `Package 'glib-2.0', required by 'virtual:world', not found`), CMake's `Could NOT find ZLIB (missing: ...)` or `Could not find a package configuration file provided by \"Qt5\"`, Meson's `ERROR: Dependency \"glib-2.0\" not found`.",
      why: "In a clean chroot only Build-Depends are installed: the -dev package that ships the .pc file or the CMake config is missing from debian/control.",
      fix: "Find the package shipping the .pc file (`apt-file search /NAME.pc`) or the CMake config (`apt-file search NAMEConfig.cmake`) and add it to Build-Depends.",
      example: ["No package 'glib-2.0' found"]
    }
  },
  create(context) {
    let done = false;
    return {
      "configure.missing-dependency"(fact) {
        if (done) return;
        done = true;
        const name = fact.name;
        const search = fact.tool === "cmake" ? `apt-file search --regexp '/(${name}Config|${name.toLowerCase()}-config|Find${name})\\.cmake$'` : `apt-file search --regexp '/pkgconfig/${aptFileRegex(name)}\\.pc$'`;
        context.report({
          message: `${fact.tool} did not find ${name}: its development package is not installed.`,
          evidence: [lineOf(fact, `${name} not found`)],
          remediation: { summary: `Add the package that ships ${name}'s ${fact.tool === "cmake" ? "CMake config" : ".pc file"} to Build-Depends in debian/control.`, steps: [search, "Build-Depends: ..., <the -dev package apt-file names>"] },
          ...placeOf(context.env, "missing-build-dep"),
          data: { tool: fact.tool, dependency: name, headline: `${fact.tool}: ${name} not found` }
        });
      }
    };
  }
};
var build_dependency_not_found_default = rule6;

// src/rules/build-disk-full.ts
init_define_LOGCHECK_PACKAGE();
var rule7 = {
  meta: {
    id: "build-disk-full",
    title: "The disk filled up during the build",
    severity: "error",
    cause: "disk-full",
    tags: ["disk", "build-failure"],
    docs: {
      description: "A program failed with `No space left on device` (ENOSPC).",
      why: "The filesystem under the build place (pbuilder's BUILDPLACE, sbuild's build directory or its tmpfs) is full: the package needs more space than the builder has. Every later error (make, dpkg-buildpackage, pbuilder copying files) follows from this one.",
      fix: "Free space on the build filesystem or move the build place to a bigger one (pbuilder: BUILDPLACE in pbuilderrc, or a tmpfs that is too small; sbuild: --build-dir), then rebuild.",
      example: ["gendata: write error: No space left on device"]
    }
  },
  create(context) {
    let done = false;
    return {
      "system.error"(fact) {
        if (done || fact.problem !== "no-space") return;
        done = true;
        const sbuild = builderOf(context.env) === "sbuild";
        context.report({
          message: `${fact.tool !== void 0 ? `${fact.tool}: ` : ""}no space left on device: the build filesystem is full.`,
          evidence: [lineOf(fact, "disk full")],
          remediation: {
            summary: sbuild ? "Free space where sbuild builds, or give it a bigger build directory, then rebuild." : "Free space under pbuilder's build place, or point BUILDPLACE at a bigger filesystem, then rebuild.",
            steps: sbuild ? ["df -h /var/lib/sbuild/build /tmp", "sbuild --build-dir=/path/with/space ..."] : ["df -h /var/cache/pbuilder/build", "pbuilder clean", "BUILDPLACE=/path/with/space  (in pbuilderrc)"]
          },
          ...placeOf(context.env, "disk-full"),
          data: { ...fact.tool !== void 0 ? { tool: fact.tool } : {}, headline: "no space left on device" }
        });
      }
    };
  }
};
var build_disk_full_default = rule7;

// src/rules/build-first-failure.ts
init_define_LOGCHECK_PACKAGE();
var FAILING_CAUSES = /* @__PURE__ */ new Set(["hook-failed", "build-timeout", "chroot-setup-failed"]);
var PBUILDER_FAILED = ["Failed autobuilding of package", "pbuilder-satisfydepends failed", "pbuilder: Failed", "Could not satisfy build-dependency", "Unrecoverable error installing build-dependencies", "failed to "];
var rule8 = {
  meta: {
    id: "build-first-failure",
    title: "Why the build failed: the first failure, its stage, and whose fault it is",
    severity: "error",
    cause: "build-failed",
    tags: ["pbuilder", "sbuild", "dpkg-buildpackage", "build-failure"],
    docs: {
      description: "For a failed build (pbuilder `E: Failed autobuilding of package` or `E: pbuilder-satisfydepends failed`, sbuild `Status: failed`/`attempted`/`given-back`, `dpkg-buildpackage: error:`, a hook that never finished, a timeout), one finding: the earliest line that explains the failure, the stage it happened in (pbuilder/sbuild stage, dpkg-buildpackage target or debhelper step), and whether the build environment or the package is at fault.",
      why: 'A failed build ends in a cascade of echoes (make at every level, dh_auto_*, dpkg-buildpackage, pbuilder) that all say "failed" without saying why; the first explaining line is often hundreds of lines above the end. sbuild calls every failure after the chroot set-up `attempted`, environment faults included.',
      fix: "Follow the remediation of the cause it names; when no cause rule recognised the first error, it points at the first failing command and the stage to rerun.",
      example: ["FAILED (failures=3)", "dh_auto_test: error: make -j2 check returned exit code 2", "E: Failed autobuilding of package"]
    }
  },
  create(context) {
    let explaining;
    let failingFinding;
    let signal;
    let sbuild;
    let raw;
    const rawFailure = (fact, what) => {
      if (raw !== void 0) return;
      const stage = context.env.stage?.name;
      raw = { evidence: lineOf(fact, "first failing command"), what, ...stage !== void 0 ? { stage } : {} };
    };
    const failed = (fact, note) => {
      signal ??= lineOf(fact, note);
    };
    return {
      finding(f) {
        if (f.severity !== "error") return;
        if (FAILING_CAUSES.has(f.cause) && (failingFinding === void 0 || f.line < failingFinding.line)) failingFinding = f;
        if (explaining === void 0 || f.line < explaining.line) explaining = f;
      },
      "pbuilder.message"(fact) {
        if (fact.level !== "E") return;
        if (PBUILDER_FAILED.some((s) => fact.message.startsWith(s))) failed(fact, "pbuilder gives up");
        else rawFailure(fact, fact.message);
      },
      "sbuild.status"(fact) {
        if (fact.status === "successful" || fact.status === "skipped") return;
        sbuild = {
          status: fact.status,
          ...fact.failStage !== void 0 ? { failStage: fact.failStage } : {},
          evidence: [...fact.failStageLine !== void 0 ? [{ line: fact.failStageLine, text: `Fail-Stage: ${fact.failStage}`, note: "sbuild's stage" }] : [], lineOf(fact, "sbuild's verdict")]
        };
        failed(fact, "sbuild's verdict");
      },
      "sbuild.error"(fact) {
        rawFailure(fact, fact.message);
      },
      "dpkg.message"(fact) {
        if (fact.level !== "error") return;
        if (fact.tool === "dpkg-buildpackage") failed(fact, "dpkg-buildpackage gives up");
        rawFailure(fact, `${fact.tool}: ${fact.message}`);
      },
      "debhelper.message"(fact) {
        if (fact.level === "error") rawFailure(fact, `${fact.tool}: ${fact.message}`);
      },
      "make.error"(fact) {
        rawFailure(fact, fact.target !== void 0 ? `the recipe for ${fact.target}${fact.makefile !== void 0 ? ` (${fact.makefile}:${fact.makefileLine})` : ""} exited with status ${fact.code}` : fact.message);
      },
      end() {
        if (signal === void 0 && failingFinding === void 0) return;
        const cause = explaining ?? failingFinding;
        const stage = cause?.stage ?? raw?.stage ?? sbuild?.failStage ?? context.env.stage?.name;
        const side = cause?.side ?? (cause ? CAUSES.get(cause.cause)?.side : void 0) ?? stageSide(sbuild?.failStage ?? stage) ?? "package";
        const headline = cause ? String(cause.data?.headline ?? cause.message) : raw?.what ?? "no error message before the failure";
        const where2 = stage !== void 0 ? ` in ${stage}` : "";
        let lead = `Build failed${where2}: ${headline} (${side === "environment" ? "environment" : "package"} fault)`;
        if (sbuild?.status === "attempted" && side === "environment") lead += '; sbuild says "attempted" (a package failure), but the build environment is at fault';
        const first = cause?.evidence.find((e) => e.line === cause.line) ?? cause?.evidence[0] ?? raw?.evidence;
        const evidence = [
          ...first ? [{ ...first, note: "first failure" }] : [],
          ...signal && signal.line !== first?.line ? [signal] : [],
          ...sbuild?.evidence ?? []
        ];
        const remediation = cause?.remediation ?? (raw !== void 0 ? {
          summary: `Nothing printed an error before ${raw.what}: rerun that step by hand to see why.`,
          steps: [
            context.env.sbuild !== void 0 ? "sbuild --build-failed-commands=%SBUILD_SHELL ..." : "mkdir -p ~/pbuilder-hooks && cp /usr/share/doc/pbuilder/examples/C10shell ~/pbuilder-hooks/ && chmod +x ~/pbuilder-hooks/C10shell && pbuilder build --hookdir ~/pbuilder-hooks ...   (C10shell opens a shell in the chroot when the build fails)",
            ...stage !== void 0 && stage.startsWith("dh_") ? [`debian/rules ${stage.startsWith("dh_auto") ? `override_${stage}` : stage}   (or run ${stage} -v) in the unpacked source`] : []
          ]
        } : void 0);
        context.report({
          message: lead,
          evidence,
          ...first ? { line: first.line } : {},
          cause: cause?.cause ?? "build-failed",
          ...remediation ? { remediation } : {},
          ...cause?.location ? { location: cause.location } : {},
          ...stage !== void 0 ? { stage } : {},
          side,
          data: {
            lead,
            headline,
            ...cause ? { explainedBy: cause.ruleId } : {},
            ...sbuild ? { sbuildStatus: sbuild.status, ...sbuild.failStage !== void 0 ? { failStage: sbuild.failStage } : {} } : {}
          }
        });
      }
    };
  }
};
var build_first_failure_default = rule8;

// src/rules/build-network-access.ts
init_define_LOGCHECK_PACKAGE();
var NETWORK_COMMAND = /^\s*(?:getent (?:hosts|ahosts)|host|nslookup|dig|ping|wget|curl|git (?:clone|fetch|pull|submodule update)|pip3? install|python3 -m pip install|npm (?:install|ci)|yarn(?: install)?|cargo (?:fetch|install)|go (?:get|mod download))\s+(\S+)?/;
var MIRROR_STAGES = /* @__PURE__ */ new Set(["extract-base", "build-deps", "update", "install-deps", "apt-get-update", "fetch-src"]);
var rule9 = {
  meta: {
    id: "build-network-access",
    title: "The build tried to reach the network",
    severity: "error",
    cause: "network-disabled",
    tags: ["network", "pbuilder", "sbuild", "build-failure"],
    docs: {
      description: "A host name could not be resolved or the network was unreachable: `Could not resolve host: github.com` (curl, git), `Temporary failure in name resolution` (glibc, Python), `getaddrinfo ENOTFOUND` (npm), `dial tcp: lookup` (Go), pip's `Failed to establish a new connection`.",
      why: "pbuilder (USENETWORK=no, the default, `I: pbuilder: network access will be disabled during build`) and sbuild (0.85 runs dpkg-buildpackage with DISABLE_NETWORK) build without network, as the Debian buildds do: Debian Policy 4.9 forbids a package build from accessing the network. A build that downloads sources, wheels, crates or npm modules fails there. In the build-deps stage the same messages mean the chroot cannot reach the mirror.",
      fix: "Ship what the build downloads in the source package (or package it and Build-Depend on it) and make the build use it offline; only to confirm the diagnosis, rebuild with `USENETWORK=yes` in pbuilderrc. In the build-deps stage, fix the mirror or proxy in the chroot.",
      example: ["curl: (6) Could not resolve host: github.com"]
    }
  },
  create(context) {
    let done = false;
    return {
      // Commands like `getent hosts x` fail silently without network: then the only trace is make's error
      // right after the command's echo, and only a build known to run offline makes that conclusive.
      "make.error"(fact) {
        if (done || fact.lastOutput === void 0 || context.env.networkDisabled === void 0 && context.env.sbuild === void 0) return;
        const m = NETWORK_COMMAND.exec(fact.lastOutput.text);
        if (m === null) return;
        done = true;
        const command2 = fact.lastOutput.text.trim();
        const disabled = context.env.networkDisabled;
        context.report({
          message: `The build ran \`${command2}\`, which needs the network, and it failed (exit status ${fact.code ?? "?"}) in a build without network${disabled !== void 0 ? " (pbuilder disabled it)" : ""}.`,
          evidence: [{ ...fact.lastOutput, note: "needs the network" }, { line: fact.line.number, text: fact.line.text, note: "and failed" }, ...disabled ? [{ ...disabled, note: "network off during the build" }] : []],
          line: fact.lastOutput.line,
          remediation: {
            summary: "Do not use the network during the build (Debian Policy 4.9): ship or package what the command fetches or looks up, and build offline.",
            steps: [`grep -rn '${command2.split(/\s+/).slice(0, 2).join(" ")}' debian/rules Makefile* 2>/dev/null`, context.env.sbuild !== void 0 ? "sbuild 0.85 always builds without network (Build.pm: DISABLE_NETWORK => 1): the build must work offline" : "to confirm only: USENETWORK=yes  (in pbuilderrc)"]
          },
          ...placeOf(context.env, "network-disabled"),
          data: { command: command2, ...m[1] !== void 0 ? { host: m[1] } : {}, headline: `\`${command2}\` needs the network` }
        });
      },
      "system.error"(fact) {
        if (done || fact.problem !== "name-resolution" && fact.problem !== "network-unreachable") return;
        done = true;
        const place = placeOf(context.env, "network-disabled");
        const host = fact.subject;
        const mirror = place.stage !== void 0 && MIRROR_STAGES.has(place.stage);
        const disabled = context.env.networkDisabled;
        const evidence = [lineOf(fact, host !== void 0 ? `${host} not resolved` : "no network")];
        if (disabled !== void 0 && !mirror) evidence.push({ ...disabled, note: "network off during the build" });
        const what = fact.tool !== void 0 ? `${fact.tool} ` : "";
        context.report({
          message: mirror ? `The chroot cannot reach ${host ?? "the package mirror"} while installing packages.` : `The build tried to reach ${host ?? "the network"}${fact.tool !== void 0 ? ` (${what.trim()})` : ""}, but builds run without network${disabled !== void 0 ? " (pbuilder disabled it)" : ""}.`,
          evidence,
          line: fact.line.number,
          remediation: mirror ? { summary: `Make ${host ?? "the mirror"} reachable from the chroot: check MIRRORSITE/http_proxy and the host's DNS.`, steps: ['grep -E "MIRRORSITE|http_proxy" /etc/pbuilderrc ~/.pbuilderrc', `getent hosts ${host ?? "deb.debian.org"}`] } : {
            summary: `Do not download during the build (Debian Policy 4.9): ship or package what it fetches from ${host ?? "the network"} and build offline.`,
            steps: builderOf(context.env) === "sbuild" ? [`grep -rn '${host ?? "http"}' debian/rules Makefile* setup.py pyproject.toml 2>/dev/null`, "sbuild 0.85 always builds without network (Build.pm: DISABLE_NETWORK => 1): the build must work offline"] : [`grep -rn '${host ?? "http"}' debian/rules Makefile* setup.py pyproject.toml 2>/dev/null`, "to confirm only: USENETWORK=yes  (in pbuilderrc)"]
          },
          ...place,
          data: { ...host !== void 0 ? { host } : {}, ...fact.tool !== void 0 ? { tool: fact.tool } : {}, problem: fact.problem, headline: host !== void 0 ? `network access to ${host} failed` : `name resolution failed${fact.tool !== void 0 ? ` (${fact.tool})` : ""}` }
        });
      }
    };
  }
};
var build_network_access_default = rule9;

// src/rules/build-out-of-memory.ts
init_define_LOGCHECK_PACKAGE();
var rule10 = {
  meta: {
    id: "build-out-of-memory",
    title: "The build ran out of memory",
    severity: "error",
    cause: "out-of-memory",
    tags: ["memory", "gcc", "build-failure"],
    docs: {
      description: "A compiler or tool ran out of memory: `virtual memory exhausted: Cannot allocate memory`, `Killed signal terminated program cc1plus` (the kernel OOM killer), `internal compiler error: Killed (program cc1plus)`, `out of memory allocating`, Node's `JavaScript heap out of memory`, Python's `MemoryError`.",
      why: "Large C++ translation units (templates, generated code) need gigabytes per compiler process, and `-jN` runs N of them at once; a builder with little RAM or a memory ulimit kills them. The compiler reports it as its own error, but the code is not at fault.",
      fix: "Build with fewer parallel jobs (`DEB_BUILD_OPTIONS=parallel=1`), give the builder more RAM or swap, or lower the optimisation/debug level for the heavy file (e.g. `-g1` or `--param ggc-min-expand=20`).",
      example: ["virtual memory exhausted: Cannot allocate memory"]
    }
  },
  create(context) {
    let done = false;
    return {
      "system.error"(fact) {
        if (done || fact.problem !== "out-of-memory") return;
        done = true;
        const program = fact.subject ?? fact.tool;
        context.report({
          message: `${program !== void 0 ? `${program} ran` : "The build ran"} out of memory.`,
          evidence: [lineOf(fact, "out of memory")],
          remediation: {
            summary: "Give the build more memory or run fewer compiler jobs at once, then rebuild.",
            steps: ['DEB_BUILD_OPTIONS="parallel=1" pbuilder build ...   (or: sbuild --jobs=1 ...)', "free -h; ulimit -v   (check RAM, swap and any memory limit in debian/rules or the builder)"]
          },
          ...placeOf(context.env, "out-of-memory"),
          data: { ...program !== void 0 ? { program } : {}, headline: `${program ?? "a build process"} ran out of memory` }
        });
      }
    };
  }
};
var build_out_of_memory_default = rule10;

// src/rules/build-timeout.ts
init_define_LOGCHECK_PACKAGE();
var rule11 = {
  meta: {
    id: "build-timeout",
    title: "The builder killed the build after a timeout",
    severity: "error",
    cause: "build-timeout",
    tags: ["pbuilder", "sbuild", "build-failure"],
    docs: {
      description: "pbuilder's `I: Terminating build process due to timeout` (TIMEOUT_TIME / --timeout) or sbuild's `E: Build killed with signal TERM after N minutes of inactivity` (sbuild 0.85 Build.pm; $individual_stalled_pkg_timeout / $stalled_pkg_timeout).",
      why: "The builder, not the package, ended the build. Either a step hangs (a test waiting on the network or a terminal, a deadlock) or it is slow and prints nothing for longer than the limit. The last command before the timeout line is the one that was running.",
      fix: "Find what the last command waits for; if it is only slow, raise the limit (pbuilder: --timeout / TIMEOUT_TIME; sbuild: $individual_stalled_pkg_timeout in ~/.sbuildrc) or make it print progress.",
      example: ["I: Terminating build process due to timeout "]
    }
  },
  create(context) {
    let lastStage;
    let stageName;
    const report2 = (evidence, minutes, signal) => {
      const sbuild = builderOf(context.env) === "sbuild";
      context.report({
        message: `${sbuild ? "sbuild" : "pbuilder"} killed the build ${minutes !== void 0 ? `after ${minutes} minutes of inactivity` : "after its time limit"}${stageName !== void 0 ? ` during ${stageName}` : ""}.`,
        evidence: [...lastStage ? [{ ...lastStage, note: "last step started" }] : [], evidence],
        line: evidence.line,
        remediation: {
          summary: "Find what the last step waits for; if it is only slow, raise the time limit or make it print progress.",
          steps: sbuild ? ['$individual_stalled_pkg_timeout{"PACKAGE"} = 600;   (minutes, in ~/.sbuildrc)'] : ["pbuilder build --timeout 6h ...   (or TIMEOUT_TIME in pbuilderrc)"]
        },
        ...stageName !== void 0 ? { stage: stageName } : { stage: "timeout" },
        side: "environment",
        data: { ...minutes !== void 0 ? { minutes } : {}, ...signal !== void 0 ? { signal } : {}, headline: `killed by ${sbuild ? "sbuild" : "pbuilder"} timeout${minutes !== void 0 ? ` after ${minutes} minutes of inactivity` : ""}` }
      });
    };
    const step = (fact) => {
      lastStage = { line: fact.line.number, text: fact.line.text };
      stageName = context.env.stage?.name;
    };
    return {
      "debhelper.step": step,
      "dpkg.phase": step,
      "pbuilder.stage"(fact) {
        if (fact.stage === "timeout") report2(lineOf(fact, "pbuilder timeout"));
        else if (fact.stage !== "time") step(fact);
      },
      "sbuild.timeout"(fact) {
        report2(lineOf(fact, "sbuild timeout"), fact.minutes, fact.signal);
      }
    };
  }
};
var build_timeout_default = rule11;

// src/rules/compiler-error.ts
init_define_LOGCHECK_PACKAGE();
var rule12 = {
  meta: {
    id: "compiler-error",
    title: "The first compiler error",
    severity: "error",
    cause: "compile-error",
    tags: ["gcc", "clang", "build-failure"],
    docs: {
      description: "The first `file:line:col: error:` a C or C++ compiler printed (missing headers have their own rule, compiler-missing-header).",
      why: "With `make -jN` and cascading diagnostics, the error that stopped the build is usually the first one; later errors often follow from it and the last lines of the log only echo make and dpkg-buildpackage giving up. The position is mapped to the package source tree (the directory make had entered, `-ffile-prefix-map` prefixes removed).",
      fix: "Fix the source at that position, in Debian packaging as a quilt patch (`quilt new`, `quilt edit FILE`, `quilt refresh`) unless the package is native; if the code compiled with an older compiler, check the GCC porting notes for the version in the chroot.",
      example: ["main.c:20:12: error: 'totl' undeclared (first use in this function)"]
    }
  },
  create(context) {
    let done = false;
    return {
      "compiler.error"(fact) {
        if (done || fact.header !== void 0) return;
        done = true;
        const path5 = sourcePath(context.env, fact.file);
        const at = `${path5}:${fact.lineNo}${fact.column !== void 0 ? `:${fact.column}` : ""}`;
        context.report({
          message: `The compiler failed at ${at}: ${fact.message}`,
          evidence: [lineOf(fact, "first compiler error")],
          location: { path: path5, line: fact.lineNo, ...fact.column !== void 0 ? { column: fact.column } : {} },
          remediation: {
            summary: `Fix the code at ${at} (the first error: later ones often follow from it).`,
            steps: [`quilt new fix-${path5.replace(/[^\w.-]+/g, "-")}.patch && quilt edit ${path5} && quilt refresh`]
          },
          ...placeOf(context.env, "compile-error"),
          data: { file: fact.file, path: path5, line: fact.lineNo, column: fact.column, error: fact.message, headline: `compile error at ${path5}:${fact.lineNo}: ${fact.message}` }
        });
      }
    };
  }
};
var compiler_error_default = rule12;

// src/rules/compiler-missing-header.ts
init_define_LOGCHECK_PACKAGE();
var rule13 = {
  meta: {
    id: "compiler-missing-header",
    title: "A header the source includes is not installed",
    severity: "error",
    cause: "missing-header",
    tags: ["gcc", "clang", "build-failure"],
    docs: {
      description: "GCC or Clang stopped with `fatal error: X.h: No such file or directory`.",
      why: "A header from another package is included but that package's -dev package is not in Build-Depends (or its include directory is not on the compiler's path, e.g. a missing `pkg-config --cflags`). In a clean chroot only Build-Depends and build-essential are installed.",
      fix: "Find the package that ships the header with `apt-file search`, add it to Build-Depends in debian/control; if it is installed but in a subdirectory, add the right -I (pkg-config --cflags).",
      example: ["main.c:2:10: fatal error: doesnotexist.h: No such file or directory"]
    }
  },
  create(context) {
    let done = false;
    return {
      "compiler.error"(fact) {
        if (done || fact.header === void 0) return;
        done = true;
        const path5 = sourcePath(context.env, fact.file);
        const header = fact.header;
        context.report({
          message: `${path5}:${fact.lineNo} includes ${header}, which is not installed in the build environment.`,
          evidence: [lineOf(fact, "header not found")],
          location: { path: path5, line: fact.lineNo, ...fact.column !== void 0 ? { column: fact.column } : {} },
          remediation: {
            summary: `Add the -dev package that ships ${header} to Build-Depends in debian/control.`,
            steps: [`apt-file search --regexp '/${aptFileRegex(header)}$'`, `Build-Depends: ..., <the package apt-file names>`]
          },
          ...placeOf(context.env, "missing-header"),
          data: { header, path: path5, line: fact.lineNo, headline: `${header} not found (included from ${path5}:${fact.lineNo})` }
        });
      }
    };
  }
};
var compiler_missing_header_default = rule13;

// src/rules/configure-error.ts
init_define_LOGCHECK_PACKAGE();
var rule14 = {
  meta: {
    id: "configure-error",
    title: "configure stopped with an error",
    severity: "error",
    cause: "configure-failed",
    tags: ["autoconf", "build-failure"],
    docs: {
      description: "An Autoconf configure script stopped: `configure: error: MESSAGE` (missing pkg-config modules have their own rule, build-dependency-not-found, which points at the earlier line).",
      why: "configure checks for what the build needs and stops at the first thing missing; in a clean chroot that is almost always a package missing from Build-Depends. The details of the failed check are in config.log, which the build log does not contain.",
      fix: "Read the message (it usually names the library or program), add the package that provides it to Build-Depends; for a failed compiler or feature test, look at config.log (print it from debian/rules on failure).",
      example: ["configure: error: C compiler cannot create executables"]
    }
  },
  create(context) {
    let done = false;
    return {
      "configure.error"(fact) {
        if (done) return;
        done = true;
        context.report({
          message: `configure stopped: ${fact.message}`,
          evidence: [lineOf(fact, "configure error")],
          remediation: {
            summary: "Install what the configure message names (add its package to Build-Depends); config.log has the failed test.",
            steps: ["override_dh_auto_configure:\n	dh_auto_configure || { cat config.log; exit 1; }", `apt-file search '${fact.message.replace(/'/g, "").slice(0, 40)}'   (if it names a file)`]
          },
          ...placeOf(context.env, "configure-failed"),
          data: { error: fact.message, headline: `configure: ${fact.message}` }
        });
      }
    };
  }
};
var configure_error_default = rule14;

// src/rules/debhelper-compat-level.ts
init_define_LOGCHECK_PACKAGE();
var rule15 = {
  meta: {
    id: "debhelper-compat-level",
    title: "The debhelper compatibility level is missing or not supported",
    severity: "error",
    cause: "debhelper-compat",
    tags: ["debhelper", "build-failure"],
    docs: {
      description: "debhelper refused to run: `dh: error: Please specify the compatibility level in debian/compat or via Build-Depends: debhelper-compat (= X)`, `Compatibility levels before 7 are no longer supported (level 5 requested)`, `debian/compat must not contain a compat level when using the debhelper-compat build-dependency`.",
      why: "Every package must declare one debhelper compat level, in exactly one place; the debhelper in the chroot supports a range of levels (bookworm's 13.11: 7 to 14, 5 and 6 removed).",
      fix: "Declare the level once: `Build-Depends: debhelper-compat (= 13)` and delete debian/compat; raise old levels following debhelper(7)'s upgrade notes.",
      example: ["dh: error: Please specify the compatibility level in debian/compat or via Build-Depends: debhelper-compat (= X)"]
    }
  },
  create(context) {
    let done = false;
    return {
      "debhelper.message"(fact) {
        if (done || fact.level !== "error") return;
        const m = fact.message;
        if (!m.includes("compatibility level") && !m.includes("Compatibility levels") && !m.includes("compat level")) return;
        done = true;
        const both = m.includes("must not contain");
        context.report({
          message: `debhelper refused the compat level: ${m}`,
          evidence: [lineOf(fact, "compat level")],
          remediation: {
            summary: both ? "Declare the compat level in one place only: keep the debhelper-compat build-dependency, delete debian/compat." : "Declare a supported compat level with the debhelper-compat build-dependency.",
            steps: both ? ["git rm debian/compat"] : ["Build-Depends: debhelper-compat (= 13)   (in debian/control)", "rm -f debian/compat"]
          },
          ...placeOf(context.env, "debhelper-compat"),
          data: { error: m, headline: "debhelper compat level missing or unsupported" }
        });
      }
    };
  }
};
var debhelper_compat_level_default = rule15;

// src/rules/debhelper-missing-files.ts
init_define_LOGCHECK_PACKAGE();
var CANNOT_FIND2 = /^Cannot find \(any matches for\) "([^"]+)"/;
var NOT_INSTALLED = /^(\S+) exists in (\S+) but is not installed to anywhere/;
var rule16 = {
  meta: {
    id: "debhelper-missing-files",
    title: "dh_install or dh_missing: installed files do not match the packaging",
    severity: "error",
    cause: "missing-installed-files",
    tags: ["debhelper", "build-failure"],
    docs: {
      description: 'dh_install stopped with `missing files, aborting` after `Cannot find (any matches for) "PATH"` warnings (a path listed in debian/*.install that the build did not produce), or `dh_missing --fail-missing` (compat 13 only lists them as warnings) stopped after `PATH exists in debian/tmp but is not installed to anywhere`.',
      why: "debian/*.install and what `make install` put into debian/tmp disagree: upstream renamed or stopped building a file, the file is built only with an option, or a new file needs a home.",
      fix: "For dh_install: fix the path in debian/PKG.install or make the build produce it. For dh_missing: install the file into a package (debian/PKG.install) or list it in debian/not-installed.",
      example: ['dh_install: warning: Cannot find (any matches for) "usr/bin/frob-helper" (tried in ., debian/tmp)', "dh_install: error: missing files, aborting"]
    }
  },
  create(context) {
    const paths = [];
    const evidence = [];
    let tool2;
    let done = false;
    return {
      "debhelper.message"(fact) {
        if (done) return;
        if (fact.level === "warning") {
          const m = fact.tool === "dh_missing" ? NOT_INSTALLED.exec(fact.message) : CANNOT_FIND2.exec(fact.message);
          if (m === null || fact.tool !== "dh_install" && fact.tool !== "dh_missing") return;
          if (tool2 !== fact.tool) {
            paths.length = 0;
            evidence.length = 0;
          }
          tool2 = fact.tool;
          if (paths.length < 20) {
            paths.push(m[1]);
            evidence.push(lineOf(fact, fact.tool === "dh_missing" ? "not installed anywhere" : "not found"));
          }
          return;
        }
        if (!fact.message.startsWith("missing files")) return;
        done = true;
        const missingTool = fact.tool;
        const list3 = paths.join(", ");
        context.report({
          message: missingTool === "dh_missing" ? `dh_missing: ${list3 || "files"} ${paths.length === 1 ? "is" : "are"} installed into debian/tmp but not into any package.` : `dh_install cannot find ${list3 || "files"} listed in debian/*.install.`,
          evidence: [...tool2 === missingTool ? evidence : [], lineOf(fact, `${missingTool} aborts`)],
          line: (tool2 === missingTool ? evidence[0]?.line : void 0) ?? fact.line.number,
          remediation: missingTool === "dh_missing" ? { summary: `Install ${list3 || "the files"} into a package, or list ${paths.length === 1 ? "it" : "them"} in debian/not-installed.`, steps: paths.map((p) => `${p}   (add to debian/<package>.install, or to debian/not-installed)`) } : { summary: `Correct the path in debian/*.install or make the build produce ${list3 || "the files"}.`, steps: [`grep -rn -e '${paths[0] ?? ""}' debian/*.install`, "find debian/tmp -type f   (what the build installed)"] },
          ...placeOf(context.env, "missing-installed-files"),
          data: { tool: missingTool, paths: [...paths], headline: missingTool === "dh_missing" ? `${paths.length} file(s) not installed: ${list3}` : `dh_install cannot find ${list3}` }
        });
      }
    };
  }
};
var debhelper_missing_files_default = rule16;

// src/rules/dpkg-checkbuilddeps-unmet.ts
init_define_LOGCHECK_PACKAGE();
var rule17 = {
  meta: {
    id: "dpkg-checkbuilddeps-unmet",
    title: "dpkg-buildpackage found build-dependencies missing",
    severity: "error",
    cause: "unsatisfiable-build-deps",
    tags: ["dpkg", "build-failure"],
    docs: {
      description: "`dpkg-checkbuilddeps: error: Unmet build dependencies: ...` (or `Build conflicts: ...`), printed when dpkg-buildpackage runs outside a builder, or in a chroot where the build-dependencies were not installed.",
      why: "dpkg-buildpackage checks Build-Depends before running debian/rules; in a pbuilder or sbuild chroot the builder installs them first, so seeing this there means that step did not run or installed something else.",
      fix: "Install the listed packages (`apt-get build-dep .` or `mk-build-deps -i`), or build in pbuilder/sbuild, which install them.",
      example: ["dpkg-checkbuilddeps: error: Unmet build dependencies: libfoo-dev (>= 2.0) help2man"]
    }
  },
  create(context) {
    let done = false;
    return {
      "dpkg.message"(fact) {
        if (done || fact.tool !== "dpkg-checkbuilddeps" || fact.level !== "error") return;
        const unmet = fact.message.startsWith("Unmet build dependencies: ") ? fact.message.slice(26).trim() : void 0;
        const conflicts = fact.message.startsWith("Build conflicts: ") ? fact.message.slice(17).trim() : void 0;
        if (unmet === void 0 && conflicts === void 0) return;
        done = true;
        context.report({
          message: unmet !== void 0 ? `Build-dependencies are not installed: ${unmet}.` : `Build-conflicting packages are installed: ${conflicts}.`,
          evidence: [lineOf(fact, unmet !== void 0 ? "unmet" : "conflicts")],
          remediation: unmet !== void 0 ? { summary: `Install ${unmet}, or build in pbuilder/sbuild.`, steps: ["apt-get build-dep ./   (or: mk-build-deps -i -r debian/control)"] } : { summary: `Remove ${conflicts}, or build in a clean chroot.`, steps: [`apt-get remove ${conflicts.replace(/\([^)]*\)/g, "").trim()}`] },
          ...placeOf(context.env, "unsatisfiable-build-deps"),
          data: { ...unmet !== void 0 ? { unmet } : { conflicts }, headline: unmet !== void 0 ? `unmet build dependencies: ${unmet}` : `build conflicts: ${conflicts}` }
        });
      }
    };
  }
};
var dpkg_checkbuilddeps_unmet_default = rule17;

// src/rules/dpkg-interrupted.ts
init_define_LOGCHECK_PACKAGE();
var rule18 = {
  meta: {
    id: "dpkg-interrupted",
    title: "A dpkg run was interrupted and left its journal",
    severity: "error",
    cause: "dpkg-interrupted",
    tags: ["dpkg", "apt", "pbuilder", "sbuild"],
    docs: {
      description: "apt refused to work because an earlier dpkg run was interrupted: `E: dpkg was interrupted, you must manually run 'dpkg --configure -a' to correct the problem.`",
      why: "dpkg records every state change in its journal (the numbered files in /var/lib/dpkg/updates/) before it is merged into the status file. A dpkg killed halfway (Ctrl-C, OOM killer, a timed-out build step, a crashed chroot) leaves journal entries and half-installed packages; apt will not plan anything on top of that. In a build chroot (pbuilder base.tgz, sbuild schroot) the interrupted state is saved with the chroot and every later build fails the same way.",
      fix: "Run `dpkg --configure -a` (in the chroot, for pbuilder `pbuilder --login --save-after-login`, for sbuild `sbuild-update` or the source chroot), then `apt-get -f install` if packages remain half-installed. Do not delete the files in /var/lib/dpkg/updates/.",
      example: ["E: dpkg was interrupted, you must manually run 'dpkg --configure -a' to correct the problem."]
    }
  },
  create(context) {
    return {
      "dpkg.interrupted"(fact) {
        context.report({
          message: "apt refused to run: an earlier dpkg run was interrupted and left unfinished changes in its journal (/var/lib/dpkg/updates).",
          evidence: [{ line: fact.line.number, text: fact.line.text }],
          remediation: {
            summary: `Finish the interrupted changes with \`${fact.command}\` (inside the chroot when this is a pbuilder/sbuild log), then retry; if packages stay half-installed, \`apt-get -f install\`.`,
            steps: [fact.command, "apt-get -f install   # if packages remain half-installed"]
          },
          stage: "dpkg",
          side: "environment",
          data: { command: fact.command }
        });
      }
    };
  }
};
var dpkg_interrupted_default = rule18;

// src/rules/dpkg-lock-held.ts
init_define_LOGCHECK_PACKAGE();
var rule19 = {
  meta: {
    id: "dpkg-lock-held",
    title: "Another process holds the dpkg/apt lock",
    severity: "error",
    cause: "package-manager-lock",
    tags: ["dpkg", "apt", "lock", "pbuilder", "sbuild"],
    docs: {
      description: "apt or dpkg could not take a package-manager lock: `E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process N (apt-get)` / `E: Unable to acquire the dpkg frontend lock (...)` (apt), `dpkg: error: dpkg frontend lock was locked by another process with pid N`, `dpkg database lock was locked ...` (dpkg \u2265 1.20), `dpkg: error: dpkg status database is locked by another process` (1.17\u20131.19), `dpkg: status database area is locked by another process` (\u2264 1.16). apt's `Waiting for cache lock:` progress lines alone are not reported.",
      why: "dpkg and apt take fcntl locks on lock-frontend and lock in the admin directory (and apt on lists/lock and archives/lock) so that only one of them changes the database at a time. The holder is a live process: another apt-get, unattended-upgrades, a package GUI, or a concurrent build step in the same chroot. The lock is released when that process exits. Deleting the lock file does not release it; it lets two processes write the database at once and corrupts it.",
      fix: "Find the holder (the log names its pid and command when apt \u2265 1.9 or dpkg \u2265 1.20 printed it), wait for it to finish or stop it cleanly, then retry. In CI, wait for the lock (apt-get -o DPkg::Lock::Timeout=600) instead of failing. Never delete the lock files. If the holder was killed halfway, run `dpkg --configure -a`.",
      example: ["E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 18103 (apt-get)", "E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?"]
    }
  },
  create(context) {
    let group = [];
    let last = 0;
    const flush = () => {
      if (group.length === 0) return;
      const facts = group;
      group = [];
      const withPid = facts.find((f) => f.pid !== void 0);
      const withHolder = facts.find((f) => f.holder !== void 0);
      const withPath = facts.find((f) => f.path !== void 0);
      const pid = withPid?.pid;
      const holder = withHolder?.holder;
      const path5 = withPath?.path;
      const who = pid !== void 0 ? `process ${pid}${holder !== void 0 ? ` (${holder})` : ""}` : "another process";
      const lockName = path5 ?? (facts[0].lock === "frontend" ? "the dpkg frontend lock" : "the dpkg database lock");
      const evidence = facts.map((f) => ({ line: f.line.number, text: f.line.text }));
      const steps = pid !== void 0 ? [`ps -o pid,etime,args -p ${pid}`, `# wait for ${holder ?? "it"} to finish (or stop it cleanly), then retry`] : [`sudo fuser -v ${path5 ?? "/var/lib/dpkg/lock-frontend /var/lib/dpkg/lock"}`, "# wait for that process to finish (or stop it cleanly), then retry"];
      if (facts.some((f) => f.tool === "apt")) steps.push("apt-get -o DPkg::Lock::Timeout=600 ...   # apt >= 1.9.11: wait for the lock instead of failing");
      steps.push("sudo dpkg --configure -a   # only if the holder was killed halfway through");
      context.report({
        message: `${facts.some((f) => f.tool === "apt") ? "apt" : "dpkg"} could not get ${lockName}: it is held by ${who}, a package manager still running.`,
        evidence,
        remediation: {
          summary: `Wait until ${who} has finished (or stop it cleanly), then retry. Do not delete the lock file: the lock belongs to a live process, and removing the file lets two package managers write the database at once.`,
          steps
        },
        stage: "dpkg",
        side: "environment",
        data: { lock: facts[0].lock, path: path5, pid, holder, tool: facts[0].tool }
      });
    };
    return {
      "dpkg.lock"(fact) {
        if (fact.waiting) return;
        if (group.length > 0 && fact.line.number > last + 1) flush();
        group.push(fact);
        last = fact.line.number;
      },
      line(fact) {
        if (group.length > 0 && fact.line.number > last + 1) flush();
      },
      end: flush
    };
  }
};
var dpkg_lock_held_default = rule19;

// src/rules/dpkg-shlibdeps-missing-library.ts
init_define_LOGCHECK_PACKAGE();
var NEEDED = /cannot find library (\S+) needed by (\S+)/;
var rule20 = {
  meta: {
    id: "dpkg-shlibdeps-missing-library",
    title: "dpkg-shlibdeps cannot find a library a binary needs",
    severity: "error",
    cause: "shlibdeps-failed",
    tags: ["dpkg", "debhelper", "build-failure"],
    docs: {
      description: "`dpkg-shlibdeps: error: cannot find library libfoo.so.1 needed by debian/bar/usr/bin/bar (...)` during dh_shlibdeps.",
      why: "A built binary links a shared library that is neither installed system-wide nor in the package being built at a path dpkg-shlibdeps searches: usually a private library shipped in the same source package (needs `dh_shlibdeps -l` or an RPATH), or a library the build found outside the chroot's normal paths.",
      fix: "For a private library built in this source, tell dh_shlibdeps where it is (`override_dh_shlibdeps: dh_shlibdeps -l debian/PKG/usr/lib/PKG`); otherwise add the library's package to Build-Depends.",
      example: ["dpkg-shlibdeps: error: cannot find library libfoo.so.1 needed by debian/bar/usr/bin/bar (ELF format: 'elf64-x86-64' abi: '0201003e00000000'; RPATH: '')"]
    }
  },
  create(context) {
    let done = false;
    return {
      "dpkg.message"(fact) {
        if (done || fact.tool !== "dpkg-shlibdeps" || fact.level !== "error" || !fact.message.startsWith("cannot find library ")) return;
        const m = NEEDED.exec(fact.message);
        if (m === null) return;
        done = true;
        const [, library, binary] = m;
        const pkgDir = binary.split("/").slice(0, 2).join("/");
        context.report({
          message: `dpkg-shlibdeps cannot find ${library}, needed by ${binary}.`,
          evidence: [lineOf(fact, "library not found")],
          remediation: {
            summary: `If ${library} is built by this source package, point dh_shlibdeps at it; otherwise add its -dev package to Build-Depends.`,
            steps: [`find debian -name '${library}*'`, `override_dh_shlibdeps:
	dh_shlibdeps -l${pkgDir}/usr/lib/<dir of ${library}>`]
          },
          ...placeOf(context.env, "shlibdeps-failed"),
          data: { library, binary, headline: `dpkg-shlibdeps cannot find ${library}` }
        });
      }
    };
  }
};
var dpkg_shlibdeps_missing_library_default = rule20;

// src/rules/dpkg-source-patch-failed.ts
init_define_LOGCHECK_PACKAGE();
var rule21 = {
  meta: {
    id: "dpkg-source-patch-failed",
    title: "A patch in debian/patches does not apply",
    severity: "error",
    cause: "patch-does-not-apply",
    tags: ["dpkg-source", "quilt", "patches", "build-failure"],
    docs: {
      description: "dpkg-source (3.0 (quilt) extraction: `dpkg-source: info: applying X.patch`, `Hunk #1 FAILED at 3.`, `dpkg-source: error: LC_ALL=C patch ... subprocess returned exit status 1`) or quilt (`Patch X does not apply (enforce with -f)`) could not apply a patch.",
      why: "The patch was made against other upstream sources than the orig tarball now used (a new upstream version, a repacked tarball), or patches in debian/patches/series are out of order. dpkg-source applies patches with fuzz 0, so a patch that `patch` alone would apply with fuzz fails here.",
      fix: "Refresh the patch against the current sources: `quilt push -f NAME`, fix the rejected hunks by hand, `quilt refresh`; drop it if upstream already contains the change.",
      example: ["dpkg-source: info: applying fix-greeting.patch", "Hunk #1 FAILED at 3.", "dpkg-source: error: LC_ALL=C patch -t -F 0 -N -p1 -u -V never -E -b -B .pc/fix-greeting.patch/ --reject-file=- < patchfail-1.0/debian/patches/fix-greeting.patch subprocess returned exit status 1"]
    }
  },
  create(context) {
    let applying;
    let patch;
    const hunks = [];
    let done = false;
    const report2 = (closing, name) => {
      if (done) return;
      done = true;
      const which = name ?? patch ?? "a patch";
      const base2 = which.slice(which.lastIndexOf("/") + 1);
      const first = hunks[0];
      context.report({
        message: `The patch ${base2} does not apply${first?.file !== void 0 ? ` to ${first.file} (hunk at line ${first.at})` : ""}${hunks.length > 1 ? `; ${hunks.length} hunks failed` : ""}.`,
        evidence: [...applying ? [applying] : [], ...hunks.map((h) => h.evidence), closing],
        // The first rejected hunk explains the failure; the `applying` line only says which patch.
        line: first?.evidence.line ?? closing.line,
        ...first?.file !== void 0 ? { location: { path: first.file, line: first.at } } : {},
        remediation: {
          summary: `Refresh ${base2} against the current upstream sources (or drop it if upstream already has the change).`,
          steps: ["quilt push -a   (applies the patches before it)", `quilt push -f ${base2} && fix the .rej hunks${first?.file !== void 0 ? ` in ${first.file}` : ""} && quilt refresh`]
        },
        ...placeOf(context.env, "patch-does-not-apply"),
        data: { patch: base2, ...first?.file !== void 0 ? { file: first.file, line: first.at } : {}, failedHunks: hunks.length, headline: `patch ${base2} does not apply${first?.file !== void 0 ? ` to ${first.file}` : ""}` }
      });
    };
    return {
      "dpkg.patch"(fact) {
        applying = lineOf(fact, "applying");
        patch = fact.patch;
        hunks.length = 0;
      },
      "patch.applying"(fact) {
        applying = lineOf(fact, "applying");
        patch = fact.patch;
        hunks.length = 0;
      },
      "patch.hunk-failed"(fact) {
        if (hunks.length < 10) hunks.push({ evidence: lineOf(fact, "hunk rejected"), at: fact.at, ...fact.file !== void 0 ? { file: fact.file } : {} });
      },
      "patch.quilt-failed"(fact) {
        report2(lineOf(fact, "quilt gives up"), fact.patch);
      },
      "dpkg.message"(fact) {
        if (fact.tool === "dpkg-source" && fact.level === "error" && (hunks.length > 0 || fact.message.includes(" patch ")) && fact.message.includes("subprocess returned exit status")) {
          report2(lineOf(fact, "dpkg-source gives up"));
        }
      }
    };
  }
};
var dpkg_source_patch_failed_default = rule21;

// src/rules/dpkg-source-unexpected-changes.ts
init_define_LOGCHECK_PACKAGE();
var DIFF = /see (\S+)/;
var rule22 = {
  meta: {
    id: "dpkg-source-unexpected-changes",
    title: "The source tree has changes that no patch records",
    severity: "error",
    cause: "unexpected-upstream-changes",
    tags: ["dpkg-source", "build-failure"],
    docs: {
      description: "`dpkg-source: error: aborting due to unexpected upstream changes, see /tmp/x.diff.XXXX` when dpkg-buildpackage builds the source package.",
      why: "A 3.0 (quilt) source may change upstream files only through debian/patches. The clean target left files changed or generated (autoreconf output, a modified Makefile), or a change was made by hand without a patch.",
      fix: "Make debian/rules clean restore the tree (dh_autoreconf does that for autotools files), add the change as a quilt patch (`dpkg-source --commit`), or list generated files in debian/source/options with extend-diff-ignore.",
      example: ["dpkg-source: error: aborting due to unexpected upstream changes, see /tmp/hello_2.10-3.diff.x6vS1h"]
    }
  },
  create(context) {
    let done = false;
    return {
      "dpkg.message"(fact) {
        if (done || fact.tool !== "dpkg-source" || !fact.message.startsWith("aborting due to unexpected upstream changes")) return;
        done = true;
        const diff = DIFF.exec(fact.message)?.[1];
        context.report({
          message: "dpkg-source found changes to upstream files that no patch in debian/patches records.",
          evidence: [lineOf(fact, "unrecorded changes")],
          remediation: {
            summary: "Record the change as a patch, or make the clean target restore the file, or ignore generated files.",
            steps: [...diff !== void 0 ? [`cat ${diff}   (the unexpected changes)`] : [], "dpkg-source --commit", 'extend-diff-ignore = "^generated-file$"   (in debian/source/options)']
          },
          ...placeOf(context.env, "unexpected-upstream-changes"),
          data: { ...diff !== void 0 ? { diff } : {}, headline: "unexpected upstream changes" }
        });
      }
    };
  }
};
var dpkg_source_unexpected_changes_default = rule22;

// src/rules/dpkg-status-parse-error.ts
init_define_LOGCHECK_PACKAGE();

// src/remedies/fink.ts
init_define_LOGCHECK_PACKAGE();
var PREFIX = "fink-buildlock-";
var STAMP = /-(\d{4}\.\d\d\.\d\d-\d\d\.\d\d\.\d\d)$/;
function isLock(name) {
  return name.startsWith(PREFIX);
}
function parseLock(lock) {
  let fullname = lock.startsWith(PREFIX) ? lock.slice(PREFIX.length) : lock;
  const stamp = STAMP.exec(fullname);
  if (stamp !== null) fullname = fullname.slice(0, stamp.index);
  const { name, version } = splitFullname(fullname);
  return { lock, fullname, name, ...version !== void 0 ? { version } : {}, ...stamp !== null ? { timestamp: stamp[1] } : {} };
}
function stampTime(stamp) {
  const m = /^(\d{4})\.(\d\d)\.(\d\d)-(\d\d)\.(\d\d)\.(\d\d)$/.exec(stamp);
  if (m === null) return void 0;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
}
function describe(lock) {
  return lock.version !== void 0 ? `${lock.name} (${lock.version})` : lock.name;
}
var CLEANUP_SINCE = "0.25";
function deadLockRemediation(env2, locks, summary) {
  const version = env2.fink?.version;
  const remove = locks.map((lock) => `fink remove ${lock}`);
  if (version !== void 0 && compareVersions(version, CLEANUP_SINCE) >= 0) {
    return {
      summary: `${summary} This log shows fink ${version}, which removes dead locks itself: run \`fink cleanup --buildlocks\`, or remove the lock package by name.`,
      steps: ["fink cleanup --buildlocks", "fink list -t fink-buildlock", ...remove]
    };
  }
  if (version !== void 0) {
    return {
      summary: `${summary} This log shows fink ${version} (before 0.25, no \`fink cleanup --buildlocks\`): list the lock packages and remove them by name.`,
      steps: ["fink list -t fink-buildlock", ...remove]
    };
  }
  return {
    summary: `${summary} List the lock packages and remove them by name; on fink 0.25 or later \`fink cleanup --buildlocks\` removes every dead lock (\`fink --version\` shows yours).`,
    steps: ["fink list -t fink-buildlock", ...remove, "fink cleanup --buildlocks   # fink >= 0.25"]
  };
}
function noBuildRunningCheck(lock) {
  return `ps ax | grep '[f]ink'   # no fink building ${lock.name}? then ${lock.lock} is dead`;
}

// src/rules/dpkg-status-parse-error.ts
function oldCopy(file) {
  return `${file}-old`;
}
function finkRemediation(file, pkg2, near) {
  const lock = parseLock(pkg2);
  return {
    summary: `As root, edit ${file}: the stanza of ${pkg2} ends near line ${near}; change its \`Status: install ok installed\` to \`Status: purge ok not-installed\`. dpkg then treats the lock of ${describe(lock)} as never installed, and fink does not miss it. Or restore dpkg's previous copy ${oldCopy(file)} (it lacks only the last dpkg change).`,
    steps: [
      `sudo cp -p ${file} ${file}.broken`,
      `sudo sed -i '' -e '/^Package: ${pkg2}$/,/^$/s/^Status: install ok installed$/Status: purge ok not-installed/' ${file}   # macOS sed; GNU sed: -i without ''`,
      `# or: sudo cp -p ${oldCopy(file)} ${file}`
    ]
  };
}
function dpkgRemediation(file, pkg2, near, problem) {
  const where2 = pkg2 !== void 0 ? `the stanza of ${pkg2}, which ends near line ${near}` : `line ${near}`;
  return {
    summary: `dpkg cannot read ${file} (${problem ?? "parse error"} at ${where2}). Back the file up, then repair that stanza by hand from a good copy: ${oldCopy(file)} (the state before the last dpkg run)${file === "/var/lib/dpkg/status" ? " or the daily /var/backups/dpkg.status.*" : ""}. Run dpkg again when it parses.`,
    steps: [
      `sudo cp -p ${file} ${file}.broken`,
      `sed -n '${Math.max(1, near - 15)},${near}p' ${file}`,
      ...pkg2 !== void 0 ? [`grep -n -A12 '^Package: ${pkg2}$' ${oldCopy(file)}`] : [],
      "sudo dpkg --configure -a"
    ]
  };
}
var rule23 = {
  meta: {
    id: "dpkg-status-parse-error",
    title: "dpkg cannot parse its status database",
    severity: "error",
    cause: "dpkg-status-corrupt",
    tags: ["dpkg", "fink", "buildlock"],
    docs: {
      description: "dpkg or dpkg-query stopped on a parse error in one of its database files, in any of its wordings: ``dpkg: parse error, in file `F' near line N package `P':`` / ` missing version` (dpkg \u2264 1.14), `parse error, in file 'F'` (1.14\u20131.15), `dpkg: parsing file 'F' near line N package 'P':` (1.15\u20131.16), `dpkg: error: parsing file 'F' near line N package 'P':` / ` missing 'Version' field` (\u2265 1.17; `dpkg-query:` when dpkg-query read the file), as two lines or pasted as one. Warnings (`dpkg: warning: parsing file ...`) are not reported.",
      why: "Every dpkg and apt command reads the status file first, so one bad stanza stops all package operations, including fink's. The Fink case: a build ended ungracefully (power loss, kill) while its `fink-buildlock-NAME-VERSION-REVISION` package was half-recorded: dpkg's status says `install ok installed` for a package with no Version, and dpkg insists that an installed package has one. The error comes from dpkg, not fink: fink's part of the job had succeeded, and no fink command can fix it.",
      fix: "For a buildlock package: as root, change its `Status: install ok installed` to `Status: purge ok not-installed` in the named status file (`/sw/var/lib/dpkg/status`, `/opt/sw/var/lib/dpkg/status`), at the line dpkg names, or restore `status-old`. For any other package: back up the file, repair the stanza from `status-old` or /var/backups/dpkg.status.*, then `dpkg --configure -a`.",
      example: ["dpkg: parse error, in file `/sw/var/lib/dpkg/status' near line 537", "package `fink-buildlock-antlr-2.7.4-2':  missing version"]
    }
  },
  create(context) {
    return {
      "dpkg.parse-error"(fact) {
        if (fact.level !== "error") return;
        const pkg2 = fact.package;
        const lock = pkg2 !== void 0 && isLock(pkg2);
        const finkSide = lock || context.env.fink !== void 0 || /(^|\/)(opt\/)?sw\/var\/lib\/dpkg\//.test(fact.file);
        const what = `${fact.program} cannot parse ${fact.file} near line ${fact.near}${pkg2 !== void 0 ? ` (package ${pkg2})` : ""}${fact.problem !== void 0 ? `: ${fact.problem}` : ""}`;
        context.report({
          message: lock ? `${what}. The buildlock package was left recorded as installed without a version (its build ended ungracefully). This failed in dpkg, not in fink: fink's part succeeded and the fix is in dpkg's status file.` : finkSide ? `${what}. This failed in dpkg, not in fink: fink's part succeeded and the fix is in dpkg's status file.` : `${what}.`,
          line: fact.line.number,
          evidence: fact.evidence.map((e, i) => i === 0 ? { ...e, note: `line ${fact.near} of ${fact.file}` } : e),
          remediation: lock ? finkRemediation(fact.file, pkg2, fact.near) : dpkgRemediation(fact.file, pkg2, fact.near, fact.problem),
          stage: "dpkg",
          side: "environment",
          data: { program: fact.program, file: fact.file, near: fact.near, package: pkg2, problem: fact.problem, wording: fact.wording, buildlock: lock }
        });
      }
    };
  }
};
var dpkg_status_parse_error_default = rule23;

// src/rules/fink-buildlock-blocks-package.ts
init_define_LOGCHECK_PACKAGE();

// src/remedies/fink-locks.ts
init_define_LOGCHECK_PACKAGE();
var ev = (fact) => ({ line: fact.line.number, text: fact.line.text });
var DEAD_AFTER_MS = 48 * 3600 * 1e3;
var LockTracker = class {
  /** The lock being installed, from fink's announcement or dpkg's unpack line. */
  window;
  installed = /* @__PURE__ */ new Map();
  dead = /* @__PURE__ */ new Map();
  /** Locks set in this log whose fink was then interrupted; dead unless fink still removes them. */
  suspects = /* @__PURE__ */ new Map();
  /** The handlers every lock rule needs to keep this tracker current; a rule spreads them and adds its own. */
  listeners() {
    return {
      "fink.lock-install": (fact) => this.install(fact),
      "fink.lock-unpack": (fact) => this.unpack(fact),
      "fink.lock-installed": (fact) => this.installedLock(fact),
      "fink.lock-removed": (fact) => this.removed(fact.lock),
      "fink.lock-remove": () => this.removeAnnounced(),
      "fink.interrupt": (fact) => this.interrupt(fact),
      "fink.lock-left": (fact) => this.left(fact)
    };
  }
  install(fact) {
    this.window = { evidence: [ev(fact)], concurrent: false };
  }
  unpack(fact) {
    this.window ??= { evidence: [], concurrent: false };
    this.window.lock = fact.lock;
    this.window.evidence.push(ev(fact));
  }
  installedLock(fact) {
    this.installed.set(fact.lock, ev(fact));
    if (this.window?.lock === fact.lock || this.window?.lock === void 0) this.window = void 0;
  }
  removed(lock) {
    this.installed.delete(lock);
    this.suspects.delete(lock);
  }
  /** `Removing build-lock package...`: fink's normal clean-up of the lock it set last. */
  removeAnnounced() {
    this.window = void 0;
    const last = [...this.installed.keys()].pop();
    if (last !== void 0) this.removed(last);
  }
  interrupt(fact) {
    this.window = void 0;
    for (const [lock, set] of this.installed) this.suspects.set(lock, [set, { ...ev(fact), note: "the run that set the lock ended here" }]);
  }
  left(fact) {
    this.dead.set(fact.lock, fact.evidence.map((e, i) => i === 0 ? { ...e, note: "fink could not remove its lock" } : e));
  }
  /** Evidence that `lock` is dead, or undefined when the log does not show it. */
  deadEvidence(lock) {
    return this.dead.get(lock) ?? this.suspects.get(lock);
  }
  /** Locks the log shows left behind by an interrupted run (for the end of the log). */
  leftByInterrupt() {
    return this.suspects;
  }
  /** Is a relation part of installing a lock (fink's own set-up), rather than a block of another action? */
  static duringLockSetup(fact) {
    return fact.subject !== void 0 && isLock(fact.subject);
  }
  /** How much older the installed old-scheme lock is than the one being installed, in ms. */
  static ageGap(installed, incoming) {
    if (incoming === void 0) return void 0;
    const a = parseLock(installed).timestamp;
    const b = parseLock(incoming).timestamp;
    if (a === void 0 || b === void 0) return void 0;
    const ta = stampTime(a);
    const tb = stampTime(b);
    return ta === void 0 || tb === void 0 ? void 0 : tb - ta;
  }
};

// src/rules/fink-buildlock-blocks-package.ts
var rule24 = {
  meta: {
    id: "fink-buildlock-blocks-package",
    title: "A Fink buildlock blocks installing or removing a package",
    severity: "error",
    cause: "fink-live-buildlock",
    tags: ["fink", "dpkg", "buildlock"],
    docs: {
      description: "dpkg or apt refused to remove or install a package because an installed `fink-buildlock-NAME-VERSION-REVISION` package depends on it or conflicts with it (` fink-buildlock-foo-1.0-1 depends on bar-dev.`), or a lock package's prerm said `There is currently an active buildlock for the package` while something else was being removed.",
      why: "While fink builds NAME it installs a lock package whose Depends are NAME's build dependencies and whose Conflicts are its BuildConflicts, so that no other fink, dpkg or apt run removes what the build is using. The refusal is the lock working as designed: the action has to wait until that build ends. If no fink is building NAME any more, the lock is dead (left by a crashed or interrupted build) and must be removed; the rule says so when the log shows the build that set the lock was interrupted or could not remove its lock.",
      fix: "Wait until the fink run building NAME finishes, then retry. If no fink process is running, the lock is dead: `fink list -t fink-buildlock`, then `fink remove fink-buildlock-NAME-VERSION-REVISION` (fink \u2265 0.25: `fink cleanup --buildlocks`).",
      example: ["dpkg: dependency problems prevent removal of bar-dev:", " fink-buildlock-foo-1.0-1 depends on bar-dev."]
    }
  },
  create(context) {
    const locks = new LockTracker();
    const report2 = (lockName, evidence, blocked, action, relation) => {
      const lock = parseLock(lockName);
      const dead = locks.deadEvidence(lockName);
      const what = blocked !== void 0 ? `${action === "install" ? "installing" : action === "remove" ? "removing" : "changing"} ${blocked}` : "the package change";
      if (dead !== void 0) {
        context.report({
          message: `${what} is blocked by ${lockName}, a dead buildlock: the fink run that was building ${describe(lock)} ended without removing it.`,
          line: evidence[evidence.length - 1].line,
          evidence: [...dead, ...evidence],
          cause: "fink-dead-buildlock",
          remediation: deadLockRemediation(context.env, [lockName], `Remove the dead lock ${lockName}, then retry ${what}.`),
          stage: "dpkg",
          side: "environment",
          data: { lock: lockName, package: lock.name, version: lock.version, blocked, action, relation, dead: true }
        });
        return;
      }
      context.report({
        message: `${what} is blocked by ${lockName}: another fink process is building ${describe(lock)} and the lock protects its build dependencies.`,
        line: evidence[evidence.length - 1].line,
        evidence,
        remediation: {
          summary: `Wait until the fink run building ${describe(lock)} has finished, then retry ${what}. If no fink process is running any more, ${lockName} is a dead lock: remove it.`,
          steps: [noBuildRunningCheck(lock), "fink list -t fink-buildlock", `fink remove ${lockName}   # only if no fink is building ${lock.name}`]
        },
        stage: "dpkg",
        side: "environment",
        data: { lock: lockName, package: lock.name, version: lock.version, blocked, action, relation, dead: false }
      });
    };
    return {
      ...locks.listeners(),
      "fink.lock-failed"() {
        locks.window = void 0;
      },
      "fink.lock-relation"(fact) {
        if (LockTracker.duringLockSetup(fact) || locks.window !== void 0) return;
        if (fact.action === "configure") return;
        report2(fact.lock, fact.evidence, fact.subject ?? fact.other, fact.action, fact.relation);
      },
      "fink.lock-active"(fact) {
        if (locks.window !== void 0) return;
        const lockName = `fink-buildlock-${fact.name}-${fact.version}`;
        report2(lockName, fact.evidence, void 0, "remove", "prerm");
      }
    };
  }
};
var fink_buildlock_blocks_package_default = rule24;

// src/rules/fink-buildlock-concurrent-build.ts
init_define_LOGCHECK_PACKAGE();
var rule25 = {
  meta: {
    id: "fink-buildlock-concurrent-build",
    title: "Fink could not lock a package that is already being built",
    severity: "error",
    cause: "fink-live-buildlock",
    tags: ["fink", "dpkg", "buildlock"],
    docs: {
      description: "While fink installed the buildlock for the package it was about to build, the lock already installed for the same NAME-VERSION-REVISION refused to go: its prerm printed `There is currently an active buildlock for the package` / `     foo (1.0-1)` (Fink::Finally::Buildlock), or, with the older PkgVersion locks whose names carry the start time, dpkg refused the new lock because `fink-buildlock-foo-1.0-1-<time> conflicts with fink-buildlock-foo-1.0-1`. fink then says `Can't set build lock for foo (1.0-1)` (older: `Can't set build lock for foo-1.0-1.` and \"is currently being built by another fink process\").",
      why: "Buildlocks stop two fink processes from building the same package at once and overwriting each other's files. Finally::Buildlock locks are tied to a lock file held by the building process, so the prerm refusal means that build is really running. The older locks cannot tell: an installed lock of the same package is either a build still running or a dead lock from a build that crashed; the rule calls it dead when the log shows that build interrupted or the installed lock is more than two days older than the new one.",
      fix: "Wait until the other fink run has built the package, then retry (packages already built are not rebuilt). For a dead lock: `fink list -t fink-buildlock`, `fink remove` the exact lock package named in the log (fink \u2265 0.25: `fink cleanup --buildlocks`).",
      example: ["There is currently an active buildlock for the package", "     foo (1.0-1)", "meaning some other fink process is currently building it."]
    }
  },
  create(context) {
    const locks = new LockTracker();
    let reported = false;
    const live = (lockName, evidence, data, certain = true) => {
      const lock = parseLock(lockName);
      context.report({
        message: certain ? `Another fink process is building ${describe(lock)} right now: its lock ${lockName} is live, so this run could not set its own build lock.` : `${lockName} (set ${lock.timestamp ?? "earlier"}) holds the build lock for ${describe(lock)}: another fink is building it now, or a build of it crashed and left the lock.`,
        line: evidence[evidence.length - 1].line,
        evidence,
        remediation: {
          summary: `Wait until the other fink run has finished building ${describe(lock)}, then retry; whatever it and this run already built will not be rebuilt. If no fink is running any more, the lock is dead: remove ${lockName}.`,
          steps: [noBuildRunningCheck(lock), `fink remove ${lockName}   # only if no fink is building ${lock.name}`]
        },
        stage: "buildlock",
        side: "environment",
        data: { lock: lockName, package: lock.name, version: lock.version, dead: false, ...data }
      });
    };
    const dead = (lockName, evidence, why, data) => {
      const lock = parseLock(lockName);
      context.report({
        message: `${lockName} is a dead lock (${why}); it keeps fink from setting the build lock for ${describe(lock)}.`,
        line: evidence[evidence.length - 1].line,
        evidence,
        cause: "fink-dead-buildlock",
        remediation: deadLockRemediation(context.env, [lockName], `Remove the dead lock ${lockName}, then retry the fink command.`),
        stage: "buildlock",
        side: "environment",
        data: { lock: lockName, package: lock.name, version: lock.version, dead: true, ...data }
      });
    };
    return {
      ...locks.listeners(),
      "fink.lock-install"(fact) {
        locks.install(fact);
        reported = false;
      },
      "fink.lock-failed"() {
        locks.window = void 0;
        reported = false;
      },
      "fink.lock-active"(fact) {
        const window = locks.window;
        if (window === void 0 || reported) return;
        const lockName = `fink-buildlock-${fact.name}-${fact.version}`;
        window.concurrent = true;
        reported = true;
        live(lockName, [...window.evidence, ...fact.evidence], { scheme: "finally" });
      },
      "fink.lock-relation"(fact) {
        if (fact.relation !== "conflicts" || !LockTracker.duringLockSetup(fact) || reported) return;
        const installed = parseLock(fact.lock);
        const incoming = parseLock(fact.subject);
        if (installed.fullname !== incoming.fullname || fact.lock === fact.subject) return;
        if (locks.window !== void 0) locks.window.concurrent = true;
        reported = true;
        const evidence = [...locks.window?.evidence ?? [], ...fact.evidence];
        const data = { scheme: "pkgversion", installedLock: fact.lock, newLock: fact.subject };
        const proof = locks.deadEvidence(fact.lock);
        if (proof !== void 0) {
          dead(fact.lock, [...proof, ...evidence], "the run that set it was interrupted", data);
          return;
        }
        const gap = LockTracker.ageGap(fact.lock, fact.subject);
        if (gap !== void 0 && gap > DEAD_AFTER_MS) {
          dead(fact.lock, evidence, `set ${Math.round(gap / 36e5)} hours before this run started at ${incoming.timestamp ?? "?"}`, { ...data, ageHours: Math.round(gap / 36e5) });
          return;
        }
        live(fact.lock, evidence, data, false);
      }
    };
  }
};
var fink_buildlock_concurrent_build_default = rule25;

// src/rules/fink-buildlock-dead.ts
init_define_LOGCHECK_PACKAGE();
var rule26 = {
  meta: {
    id: "fink-buildlock-dead",
    title: "A Fink buildlock was left installed by a build that ended",
    severity: "warning",
    cause: "fink-dead-buildlock",
    tags: ["fink", "dpkg", "buildlock"],
    docs: {
      description: "fink could not remove its own lock package (`WARNING: Can't remove package fink-buildlock-foo-1.0-1. This is not fatal, ...`), or the log shows a lock installed (`Setting up fink-buildlock-foo-1.0-1 (2007.03.08-14.54.00) ...`) and then the run interrupted or crashed (`^C`, `Killed: 9`, `Segmentation fault`) with no removal of that lock afterwards.",
      why: "A lock package whose build has ended is dead: nothing will remove it, and until it is removed it keeps its Depends installed and its Conflicts out, so later installs, removals and builds of the same package fail with buildlock errors. Fink removes its lock after every build, successful or not, but not when it is killed, loses power, or dpkg fails to remove the lock.",
      fix: "`fink list -t fink-buildlock`, then `fink remove fink-buildlock-NAME-VERSION-REVISION` with the name from the log; fink 0.25 and later: `fink cleanup --buildlocks`.",
      example: ["WARNING: Can't remove package fink-buildlock-foo-1.0-1. This is not fatal, but you may want to"]
    }
  },
  create(context) {
    const locks = new LockTracker();
    const blamedLater = /* @__PURE__ */ new Set();
    return {
      ...locks.listeners(),
      "fink.lock-relation"(fact) {
        if (locks.deadEvidence(fact.lock) !== void 0) blamedLater.add(fact.lock);
      },
      "fink.lock-left"(fact) {
        locks.left(fact);
        const lock = parseLock(fact.lock);
        context.report({
          message: `fink could not remove its lock ${fact.lock} after building ${describe(lock)}: the lock is dead and will block later installs, removals and builds of ${lock.name}.`,
          line: fact.line.number,
          evidence: fact.evidence,
          remediation: deadLockRemediation(context.env, [fact.lock], `Remove ${fact.lock} now.`),
          stage: "buildlock",
          side: "environment",
          data: { lock: fact.lock, package: lock.name, version: lock.version, how: "not-removed" }
        });
      },
      end() {
        for (const [lockName, evidence] of locks.leftByInterrupt()) {
          if (blamedLater.has(lockName)) continue;
          const lock = parseLock(lockName);
          context.report({
            message: `The fink run building ${describe(lock)} ended abnormally while its lock ${lockName} was installed, and the log never shows the lock removed: it is a dead lock.`,
            evidence,
            line: evidence[evidence.length - 1].line,
            remediation: deadLockRemediation(context.env, [lockName], `Remove ${lockName} before the next fink run.`),
            stage: "buildlock",
            side: "environment",
            data: { lock: lockName, package: lock.name, version: lock.version, how: "interrupted" }
          });
        }
      }
    };
  }
};
var fink_buildlock_dead_default = rule26;

// src/rules/fink-dependency-confusion.ts
init_define_LOGCHECK_PACKAGE();
var rule27 = {
  meta: {
    id: "fink-dependency-confusion",
    title: "Fink tried to build a package with the wrong dependencies installed",
    severity: "error",
    cause: "fink-dependency-confusion",
    tags: ["fink", "dpkg", "buildlock"],
    docs: {
      description: "Installing the buildlock package failed on a dependency or conflict that is not another lock of the same package (`Can't set build lock for foo (1.0-1)` after dpkg's `dependency problems` or `conflicts with` lines), or fink's resolver gave up with `Could not resolve inconsistent dependencies!` and `It looks like some of the problems encountered involve buildlocks for the following packages:`.",
      why: 'The lock package carries the build dependencies (Depends) and BuildConflicts (Conflicts) of the package being built. When dpkg cannot install it, fink\'s dependency engine installed the wrong set of packages for that build, which happens in runs that build many packages (`fink update-all`, a request that pulls in many builds). fink prints "fink has probably gotten confused by trying to build many packages at once" for this case. Building the one package alone lets fink resolve its dependencies from scratch.',
      fix: "Run `fink build NAME` for the package named in the message, then retry the original command; packages that already built are not rebuilt. Large requests may need several rounds, each getting further. When the resolver lists buildlocks and another fink is still building those packages, wait for it first.",
      example: ["Can't set build lock for foo (1.0-1)", "Could not resolve inconsistent dependencies!"]
    }
  },
  create(context) {
    const locks = new LockTracker();
    let related = [];
    return {
      "fink.lock-install"(fact) {
        locks.install(fact);
        related = [];
      },
      "fink.lock-unpack"(fact) {
        locks.unpack(fact);
      },
      "fink.lock-installed"(fact) {
        locks.installedLock(fact);
        related = [];
      },
      "fink.lock-remove"() {
        locks.removeAnnounced();
        related = [];
      },
      "fink.lock-active"() {
        if (locks.window !== void 0) locks.window.concurrent = true;
      },
      "fink.lock-relation"(fact) {
        if (locks.window === void 0 && !LockTracker.duringLockSetup(fact)) return;
        if (fact.relation === "conflicts" && fact.subject !== void 0 && fact.lock !== fact.subject && parseLock(fact.lock).fullname === parseLock(fact.subject).fullname) {
          if (locks.window !== void 0) locks.window.concurrent = true;
          return;
        }
        related.push(...fact.evidence);
      },
      "fink.lock-failed"(fact) {
        const window = locks.window;
        locks.window = void 0;
        const evidence = [...window?.evidence ?? [], ...related, { line: fact.line.number, text: fact.line.text, note: "fink could not install its lock" }];
        related = [];
        if (window?.concurrent === true) return;
        context.report({
          message: `fink could not install the build lock for ${fact.name}${fact.version !== void 0 ? ` (${fact.version})` : ""}: dpkg refused the lock's dependencies, so fink's dependency engine had the wrong packages installed for this build.`,
          evidence,
          line: fact.line.number,
          remediation: {
            summary: `Build ${fact.name} on its own, then retry the command that failed; packages built before the failure will not be rebuilt. Repeat if a later package fails the same way.`,
            steps: [`fink build ${fact.name}`, "# then retry the original command (e.g. fink update-all)"]
          },
          stage: "buildlock",
          side: "environment",
          data: { package: fact.name, version: fact.version, scheme: fact.scheme }
        });
      },
      "fink.inconsistent"(fact) {
        if (fact.buildlocks.length === 0) return;
        const packages = fact.buildlocks.map((b) => parseLock(`fink-buildlock-${b}`));
        context.report({
          message: `fink's resolver could not resolve inconsistent dependencies involving the buildlocks of ${packages.map((p) => p.fullname).join(", ")}.`,
          evidence: fact.evidence,
          line: fact.evidence[0].line,
          remediation: {
            summary: `If another fink is still building ${packages.map((p) => p.name).join(", ")}, wait for it to finish and try again (fink's own advice). Otherwise fink got confused building many packages at once: build ${packages.length === 1 ? "that package" : "those packages"} alone, then retry the original command.`,
            steps: ["ps ax | grep '[f]ink'   # is another fink building them?", ...packages.map((p) => `fink build ${p.name}`), "# then retry the original command"]
          },
          stage: "resolve",
          side: "environment",
          data: { buildlocks: fact.buildlocks, packages: packages.map((p) => p.name) }
        });
      }
    };
  }
};
var fink_dependency_confusion_default = rule27;

// src/rules/linker-missing-library.ts
init_define_LOGCHECK_PACKAGE();
var rule28 = {
  meta: {
    id: "linker-missing-library",
    title: "The linker cannot find a library (-lX)",
    severity: "error",
    cause: "missing-library",
    tags: ["ld", "build-failure"],
    docs: {
      description: "GNU ld stopped with `cannot find -lX`.",
      why: "Linking with `-lfoo` needs the unversioned development symlink `libfoo.so`, which Debian ships only in the -dev package; the runtime package (libfoo1) is not enough. In a clean chroot the -dev package must be in Build-Depends.",
      fix: "Add the -dev package that ships libX.so to Build-Depends (find it with apt-file), or drop the -l option if the library is not needed.",
      example: ["/usr/bin/ld: cannot find -lfoo: No such file or directory", "collect2: error: ld returned 1 exit status"]
    }
  },
  create(context) {
    let done = false;
    return {
      "linker.missing-library"(fact) {
        if (done) return;
        done = true;
        const lib = fact.library;
        context.report({
          message: `The linker cannot find -l${lib} (lib${lib}.so): its development package is not installed.`,
          evidence: [lineOf(fact, `lib${lib}.so not found`)],
          remediation: {
            summary: `Add the package that ships lib${lib}.so (usually lib${lib}-dev) to Build-Depends in debian/control.`,
            steps: [`apt-file search --regexp '/lib${aptFileRegex(lib)}\\.so$'`, `Build-Depends: ..., lib${lib}-dev`]
          },
          ...placeOf(context.env, "missing-library"),
          data: { library: lib, headline: `linker cannot find -l${lib}` }
        });
      }
    };
  }
};
var linker_missing_library_default = rule28;

// src/rules/linker-undefined-reference.ts
init_define_LOGCHECK_PACKAGE();
var MAX_SYMBOLS = 10;
var rule29 = {
  meta: {
    id: "linker-undefined-reference",
    title: "The link failed on undefined references",
    severity: "error",
    cause: "undefined-reference",
    tags: ["ld", "build-failure"],
    docs: {
      description: "GNU ld reported `undefined reference to` one or more symbols, then `collect2: error: ld returned 1 exit status`.",
      why: "A symbol is used but no object or library on the link line defines it: a missing `-lX` (or a library listed before the objects that need it, which `--as-needed` drops), a source file left out of the build, or a C++ symbol compiled with another ABI.",
      fix: "Find which library defines the symbol (`nm -D --defined-only`), add it to the link line after the objects, and its -dev package to Build-Depends; or add the missing source file to the build.",
      example: ["/usr/bin/ld: ././main.c:9: undefined reference to `calc_add'", "collect2: error: ld returned 1 exit status"]
    }
  },
  create(context) {
    let pending;
    let done = false;
    const flush = (closing) => {
      if (pending === void 0) return;
      const { symbols, evidence, first, stage } = pending;
      pending = void 0;
      done = true;
      context.report({
        message: `The link failed: undefined reference to ${symbols.map((s) => `\`${s}'`).join(", ")}.`,
        evidence: closing ? [...evidence, closing] : evidence,
        ...first.path !== void 0 && first.line !== void 0 ? { location: { path: first.path, line: first.line } } : {},
        remediation: {
          summary: `Link the library that defines ${symbols[0]} (after the objects that use it), or build the source file that defines it.`,
          steps: [`nm -D --defined-only /usr/lib/*/lib*.so 2>/dev/null | grep -w ${symbols[0]}`, `grep -rn '${symbols[0]}' --include='*.c' --include='*.cc' --include='*.cpp' .`]
        },
        ...stage,
        data: { symbols, ...first.path !== void 0 ? { path: first.path, line: first.line } : {}, headline: `undefined reference to ${symbols.join(", ")}` }
      });
    };
    return {
      "linker.undefined-reference"(fact) {
        if (done) return;
        if (pending === void 0) {
          const path5 = fact.file !== void 0 ? sourcePath(context.env, fact.file) : void 0;
          pending = { symbols: [], evidence: [], first: { ...path5 !== void 0 ? { path: path5, line: fact.lineNo } : {} }, stage: placeOf(context.env, "undefined-reference") };
        }
        if (pending.symbols.length < MAX_SYMBOLS && !pending.symbols.includes(fact.symbol)) {
          pending.symbols.push(fact.symbol);
          pending.evidence.push(lineOf(fact, "undefined symbol"));
        }
      },
      "linker.failed"(fact) {
        flush(lineOf(fact, "link failed"));
      },
      "make.error"() {
        flush();
      },
      end() {
        flush();
      }
    };
  }
};
var linker_undefined_reference_default = rule29;

// src/rules/make-no-rule.ts
init_define_LOGCHECK_PACKAGE();
var NO_RULE = /^No rule to make target [`']([^']+)'(?:, needed by [`']([^']+)')?/;
var rule30 = {
  meta: {
    id: "make-no-rule",
    title: "make has no rule to make a target",
    severity: "error",
    cause: "make-missing-target",
    tags: ["make", "build-failure"],
    docs: {
      description: "`make: *** No rule to make target 'X', needed by 'Y'.  Stop.`",
      why: "A file a rule depends on does not exist and nothing builds it: a source file missing from the tarball (not in the orig tarball, or removed by a patch or the clean target), a generated file whose generator did not run, or a target name debhelper expects (`install`, `check`) that the upstream Makefile lacks.",
      fix: "Check that the file is in the source package; if it is generated, Build-Depend on the generator; for a target dh_auto_* expects, override that dh step in debian/rules.",
      example: ["make[1]: *** No rule to make target 'src/foo.c', needed by 'src/foo.o'.  Stop."]
    }
  },
  create(context) {
    let done = false;
    return {
      "make.error"(fact) {
        if (done || !fact.message.startsWith("No rule to make target")) return;
        const m = NO_RULE.exec(fact.message);
        if (m === null) return;
        done = true;
        const target = m[1];
        const neededBy = m[2];
        context.report({
          message: `make has no rule to make ${target}${neededBy !== void 0 ? ` (needed by ${neededBy})` : ""}.`,
          evidence: [lineOf(fact, "no rule")],
          remediation: {
            summary: neededBy !== void 0 ? `Make sure ${target} is in the source package (or is generated before ${neededBy}).` : `The Makefile has no target ${target}: override the debhelper step that calls it in debian/rules.`,
            steps: neededBy !== void 0 ? [`tar tf ../*.orig.tar.* | grep -F '${target}'`, `grep -rn '${target}' debian/patches debian/rules`] : [`override_dh_auto_${target === "check" || target === "test" ? "test" : target === "install" ? "install" : "build"}:   (in debian/rules)`]
          },
          ...placeOf(context.env, "make-missing-target"),
          data: { target, ...neededBy !== void 0 ? { neededBy } : {}, headline: `no rule to make ${target}` }
        });
      }
    };
  }
};
var make_no_rule_default = rule30;

// src/rules/pbuilder-chroot-no-shm.ts
init_define_LOGCHECK_PACKAGE();
var SHM_TARGETS = /* @__PURE__ */ new Set(["/dev/shm", "/run/shm"]);
var rule31 = {
  meta: {
    id: "pbuilder-chroot-no-shm",
    title: "pbuilder set up the chroot without shared memory",
    severity: "warning",
    cause: "no-usable-shm",
    tags: ["pbuilder", "shm", "chroot"],
    docs: {
      description: "A pbuilder session whose mount lines (`I: mounting /proc filesystem`, ...) end without any shm line: no `I: creating /{dev,run}/shm` (pbuilder \u2265 0.228), no `I: mounting /run/shm filesystem` (0.215\u20130.227) and no `I: Mounting /dev/shm` bind mount.",
      why: "POSIX named semaphores (sem_open) live in /dev/shm. On current glibc a plain writable /dev/shm directory is enough, so alone this is a warning; if the directory is missing or unwritable, or the C library is old, sem_open fails: configure disables POSIX semaphores and Python's multiprocessing cannot create locks. When the log also shows those symptoms, this set-up is part of that diagnosis.",
      fix: 'pbuilder \u2265 0.228: USESHM=yes (the default) and no USERUNSHM=no; 0.215\u20130.227: USERUNSHM=yes; older: --bindmounts /dev/shm or BINDMOUNTS="/dev/shm".',
      example: ["I: mounting /proc filesystem", "I: mounting /sys filesystem", "I: mounting /dev/pts filesystem", "I: redirecting /dev/ptmx to /dev/pts/ptmx", "I: policy-rc.d already exists"]
    }
  },
  create(context) {
    return {
      "pbuilder.mounts-done"(fact) {
        if (fact.mounts.some((m) => SHM_TARGETS.has(m.target))) return;
        if (fact.mounts.some((m) => m.kind === "bind" && m.target === "/dev")) return;
        const first = fact.mounts[0];
        const last = fact.mounts[fact.mounts.length - 1];
        const generation = shmGeneration(context.env);
        const how = generation === "useshm" ? " (USESHM=no, or USERUNSHM=no overriding it)" : "";
        context.report({
          message: `The chroot set-up mounted ${fact.mounts.filter((m) => m.kind !== "ptmx").map((m) => m.target).join(", ")} but nothing on /dev/shm${how}: programs that use POSIX semaphores (sem_open, Python multiprocessing) fail unless the chroot's own /dev/shm directory is usable.`,
          line: first.line,
          endLine: last.line,
          evidence: [
            ...fact.mounts.map((m) => ({ line: m.line, text: m.text, ...m === first ? { note: "chroot set-up starts" } : {} })),
            { line: fact.line.number, text: fact.line.text, note: "set-up over, no shm line" }
          ],
          remediation: shmRemediation(context.env),
          stage: "chroot-setup",
          side: "environment",
          data: { mounts: fact.mounts.map((m) => m.target), generation }
        });
      }
    };
  }
};
var pbuilder_chroot_no_shm_default = rule31;

// src/rules/pbuilder-chroot-setup-failed.ts
init_define_LOGCHECK_PACKAGE();
var SETUP_ERRORS = [
  ["failed to find ", "The base tarball does not exist: run pbuilder create (or fix BASETGZ)."],
  ["failed to extract ", "The base tarball could not be extracted: check it and the free space in BUILDPLACE."],
  ["failed to build the directory to chroot", "BUILDPLACE could not be created: check its path, permissions and free space."],
  ["Distribution not specified", "Set DISTRIBUTION in pbuilderrc or pass --distribution."],
  ["failed creating buildresult dir", "BUILDRESULT could not be created: check its path and permissions."],
  ["Something is still mounted under", "Unmount what is left under BUILDPLACE, then remove the directory."],
  ["debootstrap failed", "debootstrap could not create the chroot: check MIRRORSITE and DISTRIBUTION."]
];
var rule32 = {
  meta: {
    id: "pbuilder-chroot-setup-failed",
    title: "pbuilder could not set up the build chroot",
    severity: "error",
    cause: "chroot-setup-failed",
    tags: ["pbuilder", "build-failure"],
    docs: {
      description: "pbuilder stopped before building with one of its set-up errors: `E: failed to find /var/cache/pbuilder/base.tgz, have you done <pbuilder create> ...`, `E: failed to extract ... to ...`, `E: failed to build the directory to chroot`, `E: Distribution not specified`, `E: debootstrap failed`.",
      why: "The build environment is missing or broken; the package has not been looked at.",
      fix: "Fix the pbuilder configuration or (re)create the base tarball as the message says.",
      example: ["E: failed to find /var/cache/pbuilder/base.tgz, have you done <pbuilder create> to create your base tarball yet?"]
    }
  },
  create(context) {
    let done = false;
    return {
      "pbuilder.message"(fact) {
        if (done || fact.level !== "E") return;
        const hit = SETUP_ERRORS.find(([start]) => fact.message.startsWith(start) || fact.message.includes(start));
        if (hit === void 0) return;
        done = true;
        context.report({
          message: `pbuilder could not set up the chroot: ${fact.message}`,
          evidence: [lineOf(fact, "set-up error")],
          remediation: { summary: hit[1], steps: ["pbuilder create   (or: pbuilder update --override-config)"] },
          stage: context.env.stage?.name ?? "extract-base",
          side: "environment",
          data: { error: fact.message, headline: `chroot set-up failed: ${fact.message}` }
        });
      }
    };
  }
};
var pbuilder_chroot_setup_failed_default = rule32;

// src/rules/pbuilder-hook-failed.ts
init_define_LOGCHECK_PACKAGE();
var rule33 = {
  meta: {
    id: "pbuilder-hook-failed",
    title: "A pbuilder hook script failed",
    severity: "error",
    cause: "hook-failed",
    tags: ["pbuilder", "hooks", "build-failure"],
    docs: {
      description: "pbuilder printed `I: user script .../D10-name starting` and never the matching `... finished`, then unmounted and cleaned up.",
      why: "pbuilder itself runs under `set -e`, so a hook (HOOKDIR) that exits non-zero aborts pbuilder on the spot, and pbuilder prints no E: line for it, so the log just stops after the hook's own output. The package was never built.",
      fix: "Fix the hook script named in the log (its last output line says why it failed), or run it by hand in `pbuilder login` to see the error.",
      example: ["I: user script /var/cache/pbuilder/build/31339/tmp/hooks/D10-update-local-repo starting", "/tmp/hooks/D10-update-local-repo: 5: cd: can't cd to /var/cache/pbuilder/local", "I: unmounting dev/ptmx filesystem"]
    }
  },
  create(context) {
    let started;
    return {
      "pbuilder.hook"(fact) {
        if (fact.state === "starting") {
          started = lineOf(fact, "hook started");
          return;
        }
        if (fact.state === "finished" || started === void 0) {
          started = void 0;
          return;
        }
        const name = fact.script.slice(fact.script.lastIndexOf("/") + 1);
        context.report({
          message: `The pbuilder hook ${name} failed: pbuilder stopped without "user script ... finished" and tore the chroot down.${fact.lastOutput !== void 0 ? ` Its last output: ${fact.lastOutput.text.trim()}` : ""}`,
          evidence: [started, ...fact.lastOutput ? [fact.lastOutput] : [], lineOf(fact, "pbuilder tears down, hook never finished")],
          remediation: {
            summary: `Fix the hook ${name} in your HOOKDIR (pbuilder aborts the moment a hook exits non-zero; a hook script with set -e exits at its first failing command).`,
            steps: [`sh -n $HOOKDIR/${name}; sh -x $HOOKDIR/${name}   (inside: pbuilder login --bindmounts $HOOKDIR)`]
          },
          // The hook's own last words explain the failure better than its start line.
          line: fact.lastOutput?.line ?? started.line,
          stage: `hook ${name}`,
          side: "environment",
          data: { hook: name, script: fact.script, ...fact.lastOutput ? { lastOutput: fact.lastOutput.text } : {}, headline: `hook ${name} failed${fact.lastOutput ? `: ${fact.lastOutput.text.trim()}` : ""}` }
        });
        started = void 0;
      }
    };
  }
};
var pbuilder_hook_failed_default = rule33;

// src/rules/pbuilder-missing-mount.ts
init_define_LOGCHECK_PACKAGE();
var TARGETS = {
  "no-proc": { target: "/proc", setting: "USEPROC=yes" },
  "no-devpts": { target: "/dev/pts", setting: "USEDEVPTS=yes" }
};
var rule34 = {
  meta: {
    id: "pbuilder-missing-mount",
    title: "A tool failed for lack of /proc or /dev/pts, and the chroot set-up did not mount it",
    severity: "error",
    cause: "chroot-missing-mount",
    tags: ["pbuilder", "chroot"],
    docs: {
      description: "A symptom of a missing /proc (`Error: /proc must be mounted`) or /dev/pts (`E: Can not write log (Is /dev/pts mounted?)`) in a pbuilder session whose mount lines do not include that filesystem.",
      why: "pbuilder mounts /proc and /dev/pts unless USEPROC=no or USEDEVPTS=no; without them ps, many test suites and anything that opens a pseudo-terminal fail, and apt cannot write its terminal log.",
      fix: "Set USEPROC=yes / USEDEVPTS=yes (the defaults) in the pbuilderrc.",
      example: ["E: Can not write log (Is /dev/pts mounted?) - posix_openpt (19: No such device)"]
    }
  },
  create(context) {
    let mounts;
    let setupLine = 0;
    const reported = /* @__PURE__ */ new Set();
    return {
      "pbuilder.mounts-done"(fact) {
        mounts = fact.mounts;
        setupLine = fact.mounts[0].line;
      },
      "system.error"(fact) {
        if (mounts === void 0 || fact.problem !== "no-proc" && fact.problem !== "no-devpts") return;
        const { target, setting } = TARGETS[fact.problem];
        if (reported.has(target) || mounts.some((m) => m.target === target)) return;
        reported.add(target);
        context.report({
          message: `${target} is not mounted in the chroot (the set-up at line ${setupLine} mounted ${mounts.map((m) => m.target).join(", ") || "nothing"}), and a tool failed for it.`,
          line: fact.line.number,
          evidence: [
            ...mounts.map((m) => ({ line: m.line, text: m.text })),
            { line: fact.line.number, text: fact.line.text, note: `needs ${target}` }
          ],
          remediation: {
            summary: `Let pbuilder mount ${target}: set ${setting} in the pbuilderrc (the default) or remove the line that turns it off.`,
            steps: [setting]
          },
          stage: "chroot-setup",
          side: "environment",
          data: { target }
        });
      }
    };
  }
};
var pbuilder_missing_mount_default = rule34;

// src/rules/pbuilder-obsolete-shm-bindmount.ts
init_define_LOGCHECK_PACKAGE();
var rule35 = {
  meta: {
    id: "pbuilder-obsolete-shm-bindmount",
    title: "pbuilder bind-mounts the host's /dev/shm over its own tmpfs",
    severity: "note",
    cause: "obsolete-config",
    tags: ["pbuilder", "shm", "config"],
    docs: {
      description: "A session shows both `I: creating /{dev,run}/shm` (pbuilder \u2265 0.228 mounts a tmpfs itself) and `I: Mounting /dev/shm` (an old BINDMOUNTS workaround).",
      why: "pbuilder 0.228's NEWS asks administrators to drop the old /dev/shm bind mount: it over-mounts pbuilder's private tmpfs with the host's shared memory, so builds see (and can fill or clobber) the host's segments.",
      fix: "Remove /dev/shm from BINDMOUNTS in the pbuilderrc and from --bindmounts; USESHM=yes does the job.",
      example: ["I: creating /{dev,run}/shm", "I: Mounting /dev/shm"]
    }
  },
  create(context) {
    return {
      "pbuilder.mounts-done"(fact) {
        const own = fact.mounts.find((m) => m.kind === "shm-tmpfs");
        const bind = fact.mounts.find((m) => m.kind === "bind" && (m.target === "/dev/shm" || m.target === "/run/shm"));
        if (own === void 0 || bind === void 0) return;
        context.report({
          message: `pbuilder mounted its own tmpfs on /dev/shm (line ${own.line}), then bind-mounted ${bind.target} from the host over it (line ${bind.line}): an old workaround that pbuilder \u2265 0.228 asks to remove.`,
          evidence: [
            { line: own.line, text: own.text, note: "pbuilder's own shm" },
            { line: bind.line, text: bind.text, note: "host bind mount on top" }
          ],
          remediation: {
            summary: "Remove /dev/shm from BINDMOUNTS (pbuilderrc) and from any --bindmounts option; keep USESHM=yes.",
            steps: ["grep -n BINDMOUNTS /etc/pbuilderrc ~/.pbuilderrc"]
          },
          stage: "chroot-setup",
          side: "environment"
        });
      }
    };
  }
};
var pbuilder_obsolete_shm_bindmount_default = rule35;

// src/rules/pbuilder-stderr-missing.ts
init_define_LOGCHECK_PACKAGE();
var rule36 = {
  meta: {
    id: "pbuilder-stderr-missing",
    title: "The build failed but the log has no pbuilder E: line (stderr was not captured)",
    severity: "warning",
    cause: "log-missing-stderr",
    tags: ["pbuilder", "log"],
    docs: {
      description: "A pbuilder build session that started building (`I: Building the package`), was torn down (`I: cleaning the build env`) without the closing `I: Current time:` a successful build prints, and holds no `E:` or `W:` line at all.",
      why: "pbuilder prints I: and D: lines on stdout and E: and W: lines on stderr, and so do dpkg-buildpackage, make and compilers for their errors. `pbuilder build x.dsc | logcheck` or `> build.log` keeps only stdout: the reason for the failure is not in the log.",
      fix: "Capture both streams: `pbuilder build x.dsc 2>&1 | logcheck`, or read the file written by `--logfile`.",
      example: ["I: Building the package", "I: cleaning the build env"]
    }
  },
  create(context) {
    let building;
    let cleanup;
    let closedNormally = false;
    let stderrLines = 0;
    return {
      "pbuilder.message"() {
        stderrLines++;
      },
      "pbuilder.stage"(fact) {
        const evidence = { line: fact.line.number, text: fact.line.text };
        if (fact.stage === "build") {
          building = evidence;
          cleanup = void 0;
          closedNormally = false;
        } else if (fact.stage === "cleanup" && building !== void 0) {
          cleanup = evidence;
        } else if (fact.stage === "time" && cleanup !== void 0) {
          closedNormally = true;
        }
      },
      end() {
        if (building === void 0 || cleanup === void 0 || closedNormally || stderrLines > 0) return;
        context.report({
          message: "The build failed (pbuilder cleaned up without the closing time stamp of a successful build), but the log holds no E: or W: line: pbuilder writes those to stderr, so this log was probably captured without 2>&1 and lacks the error.",
          evidence: [
            { ...building, note: "build started" },
            { ...cleanup, note: 'torn down, no "Current time" after it' }
          ],
          remediation: {
            summary: "Capture stderr too, then run logcheck on the complete log.",
            steps: ["pbuilder build x.dsc 2>&1 | logcheck", "pbuilder build --logfile build.log x.dsc; logcheck build.log"]
          },
          side: "environment"
        });
      }
    };
  }
};
var pbuilder_stderr_missing_default = rule36;

// src/rules/python-module-not-found.ts
init_define_LOGCHECK_PACKAGE();
var NO_MODULE = /^No module named '([^']+)'/;
var PACKAGES2 = {
  yaml: "python3-yaml",
  PIL: "python3-pil",
  gi: "python3-gi",
  dateutil: "python3-dateutil",
  Cython: "cython3",
  pkg_resources: "python3-pkg-resources",
  distutils: "python3-setuptools",
  _cffi_backend: "python3-cffi-backend",
  attr: "python3-attr",
  bs4: "python3-bs4",
  Crypto: "python3-pycryptodome",
  cv2: "python3-opencv",
  sklearn: "python3-sklearn",
  dbus: "python3-dbus",
  serial: "python3-serial",
  usb: "python3-usb",
  zmq: "python3-zmq",
  google: "python3-protobuf",
  mesonpy: "python3-mesonpy",
  hatchling: "python3-hatchling",
  flit_core: "flit",
  poetry: "python3-poetry-core",
  pytest: "python3-pytest"
};
var rule37 = {
  meta: {
    id: "python-module-not-found",
    title: "A Python module the build imports is not installed",
    severity: "error",
    cause: "missing-build-dep",
    tags: ["python", "build-failure"],
    docs: {
      description: "Python raised `ModuleNotFoundError: No module named 'X'` during the build.",
      why: "The build (setup.py, a PEP 517 backend, the tests, a code generator) imports a module that is not in Build-Depends; in a clean chroot only those are installed. `distutils` left the standard library in Python 3.12 (python3-setuptools provides it).",
      fix: "Add the package that provides the module to Build-Depends (usually python3-X; `apt-file search /dist-packages/X/__init__.py` finds it).",
      example: ["ModuleNotFoundError: No module named 'setuptools'"]
    }
  },
  create(context) {
    let done = false;
    return {
      "python.exception"(fact) {
        if (done || fact.type !== "ModuleNotFoundError") return;
        const m = NO_MODULE.exec(fact.message);
        if (m === null) return;
        done = true;
        const module = m[1];
        const top = module.split(".")[0];
        const pkg2 = PACKAGES2[top] ?? `python3-${top.toLowerCase().replace(/_/g, "-")}`;
        const evidence = [...fact.messageLines.map((e) => ({ ...e, note: "module missing" }))];
        context.report({
          message: `The build imports ${module}, which is not installed (probably ${pkg2} is missing from Build-Depends).`,
          evidence,
          remediation: { summary: `Add ${pkg2} to Build-Depends in debian/control.`, steps: [`apt-file search --regexp '/dist-packages/${top}(/__init__\\.py|\\.py|\\..*\\.so)$'`, `Build-Depends: ..., ${pkg2}`] },
          ...placeOf(context.env, "missing-build-dep"),
          data: { module, package: pkg2, headline: `Python module ${module} not found` }
        });
      }
    };
  }
};
var python_module_not_found_default = rule37;

// src/rules/python-semaphores-unavailable.ts
init_define_LOGCHECK_PACKAGE();
var IMPORT_TEXT = "lacks a functioning sem_open implementation";
function classify(fact) {
  if (fact.message.includes(IMPORT_TEXT)) return "built-without-semlock";
  const last = fact.frames[fact.frames.length - 1];
  const atSemLock = fact.frames.some((f) => f.code.includes("SemLock(") || f.code.includes("SemLock.__init__")) || last !== void 0 && last.file.endsWith("multiprocessing/synchronize.py");
  if (atSemLock) {
    if (fact.message.startsWith("[Errno 2]")) return "runtime-missing";
    if (fact.message.startsWith("[Errno 13]")) return "runtime-unwritable";
    if (fact.message.startsWith("[Errno 38]")) return "runtime-no-tmpfs";
  }
  if (fact.type === "NotImplementedError" && last?.func === "qsize" && last.file.endsWith("multiprocessing/queues.py")) return "broken-getvalue";
  return void 0;
}
var WHAT = {
  "built-without-semlock": "This Python was built without SemLock: its configure found no working POSIX semaphores, so multiprocessing cannot import its locks. Fixing the environment is not enough: this Python must be rebuilt.",
  "runtime-missing": "multiprocessing could not create a semaphore: /dev/shm does not exist in this environment.",
  "runtime-unwritable": "multiprocessing could not create a semaphore: /dev/shm is not writable in this environment.",
  "runtime-no-tmpfs": "multiprocessing could not create a semaphore: sem_open is not implemented here (older glibc needs a tmpfs on /dev/shm).",
  "broken-getvalue": "multiprocessing.Queue.qsize() is not implemented: this Python was built where sem_getvalue looked broken (no usable /dev/shm at build time), and must be rebuilt."
};
var rule38 = {
  meta: {
    id: "python-semaphores-unavailable",
    title: "Python multiprocessing has no working semaphores",
    severity: "error",
    cause: "no-usable-shm",
    tags: ["python", "shm"],
    docs: {
      description: "Python's multiprocessing fails for lack of POSIX semaphores: `ImportError: This platform lacks a functioning sem_open implementation` (one line, or wrapped over three), `FileNotFoundError: [Errno 2]`, `PermissionError: [Errno 13]` or `OSError: [Errno 38] Function not implemented` at `_multiprocessing.SemLock(`, `NotImplementedError` from `Queue.qsize()`, or a C program's `sem_open: No such file or directory`.",
      why: "The ImportError (the same text in Python 2.7 and 3.x) means the interpreter itself was compiled without SemLock, because configure ran where /dev/shm was unusable: fixing the environment is not enough, that Python must be rebuilt. The Errno errors at SemLock mean the interpreter is fine but the environment it runs in has no /dev/shm (Errno 2), an unwritable one (Errno 13), or an old glibc without a tmpfs there (Errno 38).",
      fix: "Give the environment a usable /dev/shm; if the ImportError shows, rebuild Python afterwards.",
      example: ['  File "/usr/lib/python3.11/multiprocessing/synchronize.py", line 57, in __init__', "    sl = self._semlock = _multiprocessing.SemLock(", "FileNotFoundError: [Errno 2] No such file or directory"]
    }
  },
  create(context) {
    const remedy = (symptom) => {
      const base2 = shmRemediation(context.env);
      if (symptom !== "built-without-semlock" && symptom !== "broken-getvalue") return base2;
      return { summary: `${base2.summary} Then rebuild this Python: the one in the log was compiled without working semaphores.`, ...base2.steps ? { steps: base2.steps } : {} };
    };
    return {
      "python.exception"(fact) {
        const symptom = classify(fact);
        if (symptom === void 0) return;
        const evidence = [];
        if (fact.tracebackLine !== void 0) evidence.push({ line: fact.tracebackLine, text: "Traceback (most recent call last):" });
        const semFrame = [...fact.frames].reverse().find((f) => f.code.includes("SemLock") || f.file.includes("multiprocessing/"));
        if (semFrame !== void 0) evidence.push({ line: semFrame.line, text: `File "${semFrame.file}", line ${semFrame.lineno}, in ${semFrame.func}${semFrame.code ? `: ${semFrame.code}` : ""}`, note: "where it failed" });
        evidence.push(...fact.messageLines.map((e, i) => i === 0 ? { ...e, note: "the error" } : e));
        context.report({
          message: WHAT[symptom],
          line: fact.messageLines[0].line,
          evidence,
          remediation: remedy(symptom),
          side: "environment",
          data: { symptom, exception: fact.type, detail: fact.message }
        });
      },
      "libc.perror"(fact) {
        if (!fact.call.startsWith("sem_")) return;
        context.report({
          message: `${fact.call}() failed with "${fact.error}": the environment has no usable /dev/shm for POSIX semaphores.`,
          evidence: [{ line: fact.line.number, text: fact.line.text, note: "the C library call failed" }],
          remediation: remedy("c-call"),
          side: "environment",
          data: { symptom: "c-call", call: fact.call, detail: fact.error }
        });
      }
    };
  }
};
var python_semaphores_unavailable_default = rule38;

// src/rules/sbuild-chroot-setup-failed.ts
init_define_LOGCHECK_PACKAGE();
var rule39 = {
  meta: {
    id: "sbuild-chroot-setup-failed",
    title: "sbuild could not set up the build chroot",
    severity: "error",
    cause: "chroot-setup-failed",
    tags: ["sbuild", "build-failure"],
    docs: {
      description: "sbuild stopped before building: `E: Error creating chroot session: skipping PACKAGE` (Fail-Stage create-session), `E: Chroot for distribution D, architecture A not found`.",
      why: "The chroot (schroot, or the unshare backend's tarball in ~/.cache/sbuild) is missing, or the backend cannot start it: for unshare, /etc/subuid and /etc/subgid need a range for the user and newuidmap (package uidmap) must be installed. The package has not been looked at.",
      fix: "Create the chroot (mmdebstrap for unshare, sbuild-createchroot for schroot) and check the backend's requirements; the lines just above the E: line name the failing step.",
      example: ["E: Error creating chroot session: skipping hello"]
    }
  },
  create(context) {
    let done = false;
    return {
      "sbuild.error"(fact) {
        if (done) return;
        const m = fact.message;
        if (!m.startsWith("Error creating chroot session") && !(m.startsWith("Chroot for distribution") && m.includes("not found"))) return;
        done = true;
        context.report({
          message: `sbuild could not create the chroot session: ${m}`,
          evidence: [lineOf(fact, "chroot not created")],
          remediation: {
            summary: "Create or repair the chroot sbuild uses, and check the backend's requirements (unshare: subuid/subgid ranges and newuidmap).",
            steps: [
              "mmdebstrap --variant=buildd SUITE ~/.cache/sbuild/SUITE-ARCH.tar.zst   (unshare backend)",
              'grep "^$USER:" /etc/subuid /etc/subgid; command -v newuidmap || apt-get install uidmap',
              "sbuild-createchroot SUITE /srv/chroot/SUITE-ARCH-sbuild http://deb.debian.org/debian   (schroot backend)"
            ]
          },
          stage: "create-session",
          side: "environment",
          data: { error: m, headline: `chroot set-up failed: ${m}` }
        });
      }
    };
  }
};
var sbuild_chroot_setup_failed_default = rule39;

// src/rules/test-suite-failure.ts
init_define_LOGCHECK_PACKAGE();
var RUNNER_NAMES = { unittest: "Python unittest", pytest: "pytest", automake: "the Automake test harness", ctest: "CTest", meson: "meson test", prove: "prove", go: "go test", cargo: "cargo test" };
var rule40 = {
  meta: {
    id: "test-suite-failure",
    title: "The test suite failed",
    severity: "error",
    cause: "test-failure",
    tags: ["tests", "dh_auto_test", "build-failure"],
    docs: {
      description: "A test runner's summary says tests failed: unittest `FAILED (failures=3)`, pytest `=== 3 failed, 4 passed in 0.12s ===`, Automake `# FAIL:  3`, CTest `67% tests passed, 3 tests failed out of 9`, Meson `Fail: 3`, prove `Failed 3/10 test programs`, cargo `test result: FAILED`; a failing Go test (`--- FAIL:`) counts too.",
      why: "dh_auto_test runs the upstream test suite and fails the build when it fails. The failing tests are named above the summary; the first of them is the place to start. A test that fails only in the builder often depends on the network, the home directory, the time zone or /dev/shm.",
      fix: "Fix the failing tests (a quilt patch), or, if they cannot pass in a build environment, skip those tests by name in override_dh_auto_test; DEB_BUILD_OPTIONS=nocheck skips all tests for a local build only.",
      example: ["FAIL: test_mul (test_foo.TestFoo.test_mul)", "FAILED (failures=3)"]
    }
  },
  create(context) {
    const failed = [];
    let done = false;
    const report2 = (summary, runner, count, total) => {
      done = true;
      const files = [...new Set(failed.map((f) => f.file).filter((f) => f !== void 0))];
      const names = failed.map((f) => f.name);
      const where2 = files.length > 0 ? ` in ${files.join(", ")}` : "";
      context.report({
        message: `${count} test${count === 1 ? "" : "s"}${total !== void 0 ? ` of ${total}` : ""} failed${where2} (${RUNNER_NAMES[runner]})${names.length > 0 ? `: ${names.slice(0, 5).join(", ")}${names.length > 5 ? ", ..." : ""}` : ""}.`,
        evidence: [...failed.slice(0, 10).map((f) => f.evidence), summary],
        line: failed[0]?.evidence.line ?? summary.line,
        remediation: {
          summary: `Fix ${names[0] ?? "the failing tests"}${names.length > 1 ? " and the others" : ""}, or skip ${names.length === 1 ? "it" : "them"} in override_dh_auto_test if ${names.length === 1 ? "it" : "they"} cannot pass in a build chroot.`,
          steps: [
            runner === "pytest" ? `override_dh_auto_test:
	dh_auto_test -- --deselect ${names[0] ?? "TEST"}` : runner === "unittest" ? `python3 -m unittest -v ${names[0] ?? ""}   (reproduce, in the unpacked source)` : "DEB_BUILD_OPTIONS=nocheck   (local builds only: skips every test)"
          ]
        },
        ...placeOf(context.env, "test-failure"),
        data: { runner, failed: count, ...total !== void 0 ? { total } : {}, tests: names, files, headline: `${count} test${count === 1 ? "" : "s"} failed${where2}` }
      });
    };
    return {
      "tests.failed"(fact) {
        if (done) return;
        if (failed.length < 50) failed.push({ name: fact.name, runner: fact.runner, evidence: lineOf(fact, "failed test"), ...fact.file !== void 0 ? { file: fact.file } : {} });
      },
      "tests.summary"(fact) {
        if (done || fact.failed === 0) return;
        report2(lineOf(fact, "test summary"), fact.runner, fact.failed, fact.total);
      },
      "debhelper.message"(fact) {
        if (done || fact.tool !== "dh_auto_test" || fact.level !== "error" || failed.length === 0) return;
        report2(lineOf(fact, "dh_auto_test fails"), failed[0].runner, failed.length);
      }
    };
  }
};
var test_suite_failure_default = rule40;

// src/rules/index.ts
var allRules = [
  apt_fetch_failed_default,
  apt_unsatisfiable_build_deps_default,
  autoconf_check_contradiction_default,
  autoconf_semaphores_disabled_default,
  build_command_not_found_default,
  build_dependency_not_found_default,
  build_disk_full_default,
  build_first_failure_default,
  build_network_access_default,
  build_out_of_memory_default,
  build_timeout_default,
  compiler_error_default,
  compiler_missing_header_default,
  configure_error_default,
  debhelper_compat_level_default,
  debhelper_missing_files_default,
  dpkg_checkbuilddeps_unmet_default,
  dpkg_interrupted_default,
  dpkg_lock_held_default,
  dpkg_shlibdeps_missing_library_default,
  dpkg_source_patch_failed_default,
  dpkg_source_unexpected_changes_default,
  dpkg_status_parse_error_default,
  fink_buildlock_blocks_package_default,
  fink_buildlock_concurrent_build_default,
  fink_buildlock_dead_default,
  fink_dependency_confusion_default,
  linker_missing_library_default,
  linker_undefined_reference_default,
  make_no_rule_default,
  pbuilder_chroot_no_shm_default,
  pbuilder_chroot_setup_failed_default,
  pbuilder_hook_failed_default,
  pbuilder_missing_mount_default,
  pbuilder_obsolete_shm_bindmount_default,
  pbuilder_stderr_missing_default,
  python_module_not_found_default,
  python_semaphores_unavailable_default,
  sbuild_chroot_setup_failed_default,
  test_suite_failure_default
];
function findRule(id) {
  return allRules.find((rule41) => rule41.meta.id === id);
}

// src/check.ts
async function checkStream(input, options = {}) {
  const source = options.source ?? "<stdin>";
  const checker = new Checker({
    source,
    rules: options.rules ?? allRules,
    parsers: options.parsers ?? allParsers,
    ...options.onFinding ? { onFinding: options.onFinding } : {},
    ...options.prefilter !== void 0 ? { prefilter: options.prefilter } : {},
    ...options.maxFindingsPerRule !== void 0 ? { maxFindingsPerRule: options.maxFindingsPerRule } : {}
  });
  const read = await readLines(input, {
    source,
    ...options.maxLineBytes !== void 0 ? { maxLineBytes: options.maxLineBytes } : {},
    ...options.latin1 !== void 0 ? { latin1: options.latin1 } : {}
  }, (line) => checker.line(line));
  const findings = checker.end();
  const omitted = [...checker.omitted].map(([ruleId, count]) => ({ ruleId, count }));
  return {
    source,
    lines: read.lines,
    bytes: read.bytes,
    findings: [...findings],
    problems: read.problems,
    ...omitted.length > 0 ? { omitted } : {}
  };
}

// src/formatters/index.ts
init_define_LOGCHECK_PACKAGE();

// src/formatters/json.ts
init_define_LOGCHECK_PACKAGE();

// src/report.ts
init_define_LOGCHECK_PACKAGE();

// src/types.ts
init_define_LOGCHECK_PACKAGE();
var SEVERITY_RANK = { note: 1, warning: 2, error: 3 };
function isSeverity(value) {
  return value === "error" || value === "warning" || value === "note";
}

// src/report.ts
function worstSeverity(findings) {
  let worst = "note";
  for (const f of findings) if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst]) worst = f.severity;
  return worst;
}
function diagnose(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const key = `${finding.source}\0${finding.cause}`;
    const list3 = groups.get(key);
    if (list3 === void 0) groups.set(key, [finding]);
    else list3.push(finding);
  }
  const diagnoses = [];
  for (const list3 of groups.values()) {
    const severity = worstSeverity(list3);
    const lead = list3.find((f) => f.severity === severity);
    const byLine = /* @__PURE__ */ new Map();
    for (const f of list3) {
      for (const e of f.evidence) {
        const had = byLine.get(e.line);
        if (had === void 0 || had.note === void 0 && e.note !== void 0) byLine.set(e.line, e);
      }
    }
    const remediation = [...list3].reverse().find((f) => f.remediation)?.remediation;
    diagnoses.push({
      source: lead.source,
      cause: lead.cause,
      title: causeTitle(lead.cause),
      severity,
      line: lead.line,
      findings: list3,
      evidence: [...byLine.values()].sort((a, b) => a.line - b.line),
      ...remediation ? { remediation } : {}
    });
  }
  return diagnoses.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.source.localeCompare(b.source) || a.line - b.line);
}
function countBySeverity(findings) {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

// src/formatters/sanitize.ts
init_define_LOGCHECK_PACKAGE();
var BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
var CONTROLS = /[\x00-\x08\x0a-\x1f\x7f-\x9f]/g;
function visible(ch) {
  const code = ch.codePointAt(0);
  return code > 255 ? `<U+${code.toString(16).toUpperCase().padStart(4, "0")}>` : `\\x${code.toString(16).padStart(2, "0")}`;
}
function inert(text) {
  const stripped = stripEscapes(text);
  return defuseCommands(stripped.replace(CONTROLS, visible).replace(BIDI, visible));
}
var LEGACY_COMMAND = /##(?=\[|vso\[)/gi;
function defuseCommands(text) {
  return text.includes("##") ? text.replace(LEGACY_COMMAND, "# #") : text;
}
function ciSafeJson(value) {
  return JSON.stringify(value, null, 2).replaceAll("##", "#\\u0023").replace(/[\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function lineStartSafe(text) {
  return /^\s*::/.test(text) ? `# ${text}` : text;
}

// src/formatters/json.ts
function formatJson(report2) {
  const findings = report2.results.flatMap((r) => r.findings);
  const diagnoses = diagnose(findings).map((d) => ({
    source: d.source,
    cause: d.cause,
    title: d.title,
    severity: d.severity,
    line: d.line,
    rules: [...new Set(d.findings.map((f) => f.ruleId))],
    fingerprints: d.findings.map((f) => f.fingerprint),
    evidence: d.evidence,
    ...d.remediation ? { remediation: d.remediation } : {}
  }));
  return `${ciSafeJson({ ...report2, diagnoses })}
`;
}

// src/formatters/compact.ts
init_define_LOGCHECK_PACKAGE();

// src/formatters/locations.ts
init_define_LOGCHECK_PACKAGE();
import path from "node:path";
function parsePathMap(spec) {
  const at = spec.indexOf("=");
  if (at <= 0) return void 0;
  return { from: spec.slice(0, at), to: spec.slice(at + 1) };
}
function toSlashes(p) {
  return p.replaceAll("\\", "/");
}
function stripSlash(p) {
  return p.length > 1 && p.endsWith("/") ? p.slice(0, -1) : p;
}
function applyPathMaps(p, maps) {
  const given = toSlashes(p);
  let best;
  for (const map of maps) {
    const from2 = stripSlash(toSlashes(map.from));
    const matches = given === from2 || given.startsWith(`${from2}/`) || from2.endsWith("/") && given.startsWith(from2);
    if (matches && (best === void 0 || from2.length > stripSlash(toSlashes(best.from)).length)) best = map;
  }
  if (best === void 0) return given;
  const from = stripSlash(toSlashes(best.from));
  const rest = given.slice(from.length).replace(/^\/+/, "");
  const to = stripSlash(toSlashes(best.to));
  if (to === "" || to === ".") return rest === "" ? "." : rest;
  return rest === "" ? to : `${to}/${rest}`;
}
function repoRelative(p, cwd, root = cwd) {
  if (p === "" || p.includes("<<") || p.startsWith("<")) return void 0;
  const absolute = path.resolve(cwd, p);
  const relative2 = path.relative(path.resolve(cwd, root), absolute);
  if (relative2 === "" || relative2.startsWith("..") || path.isAbsolute(relative2)) return void 0;
  return toSlashes(relative2);
}
function locateOptions(context, rootVariable) {
  const cwd = context.cwd ?? process.cwd();
  const fromEnv = rootVariable !== void 0 ? context.env[rootVariable] : void 0;
  const root = fromEnv !== void 0 && fromEnv !== "" ? path.resolve(cwd, fromEnv) : cwd;
  const isTracked = context.isTracked;
  return { cwd, root, pathMaps: context.pathMaps ?? [], ...isTracked ? { isTracked: (p) => isTracked(root, p) } : {} };
}
function tracked(relative2, o) {
  return o.isTracked?.(relative2) ?? true;
}
function locate(finding, o) {
  if (finding.location !== void 0) {
    const mapped2 = applyPathMaps(finding.location.path, o.pathMaps);
    const relative3 = repoRelative(mapped2, o.cwd, o.root);
    if (relative3 !== void 0) {
      return {
        path: relative3,
        inRepo: tracked(relative3, o),
        inCheckout: true,
        line: finding.location.line,
        ...finding.location.column !== void 0 ? { column: finding.location.column } : {},
        kind: "source"
      };
    }
  }
  const mapped = applyPathMaps(finding.source, o.pathMaps);
  const relative2 = repoRelative(mapped, o.cwd, o.root);
  return {
    path: relative2 ?? mapped,
    inRepo: relative2 !== void 0 && tracked(relative2, o),
    inCheckout: relative2 !== void 0,
    line: finding.line,
    ...finding.endLine !== void 0 ? { endLine: finding.endLine } : {},
    kind: "log"
  };
}

// src/formatters/compact.ts
function formatCompact(report2, context) {
  const o = locateOptions(context);
  const lines = [];
  for (const f of report2.results.flatMap((r) => r.findings)) {
    const at = locate(f, o);
    let file = inert(at.path);
    if (file.trimStart().startsWith("::")) file = `./${file.trimStart()}`;
    const column = at.column !== void 0 ? `:${at.column}` : "";
    lines.push(`${file}:${at.line}${column}: ${f.severity}: ${inert(f.message)} [${f.ruleId}]`);
  }
  return lines.length ? `${lines.join("\n")}
` : "";
}

// src/formatters/github.ts
init_define_LOGCHECK_PACKAGE();
import { createHash as createHash2 } from "node:crypto";

// src/formatters/markdown.ts
init_define_LOGCHECK_PACKAGE();
function mdText(text) {
  let s = inert(text).replace(/[\\`*_[\]#|~>]/g, (c) => `\\${c}`).replaceAll("&", "&amp;").replaceAll("<", "&lt;");
  if (/^[-+=]/.test(s)) s = `\\${s}`;
  s = s.replace(/^(\d+)([.)])/, "$1\\$2");
  return s;
}
function mdCode(text, inTable = false) {
  const plain = inert(text);
  const s = inTable ? plain.replaceAll("|", "\\|") : plain;
  let longest = 0;
  for (const run2 of s.match(/`+/g) ?? []) longest = Math.max(longest, run2.length);
  const fence = "`".repeat(longest + 1);
  const pad = s.startsWith("`") || s.endsWith("`") || s === "" ? " " : "";
  return `${fence}${pad}${s}${pad}${fence}`;
}
function plural(n, word, many = `${word}s`) {
  return `${n} ${n === 1 ? word : many}`;
}
function where(d, context, inTable) {
  const loc = locate(d.findings.find((f) => f.line === d.line) ?? d.findings[0], locateOptions(context));
  return mdCode(`${loc.path}:${loc.line}`, inTable);
}
function rulesOf(d) {
  return [...new Set(d.findings.map((f) => f.ruleId))];
}
function section(d, index, context) {
  const out = [
    `### ${index}. ${d.severity}: ${mdText(d.title)}`,
    "",
    `${where(d, context, false)} \xB7 ${rulesOf(d).map((r) => mdCode(r)).join(", ")}`,
    "",
    ...d.findings.map((f) => `- ${mdText(f.message)}`),
    ""
  ];
  if (d.evidence.length > 0) {
    out.push("| Line | Evidence | Note |", "|---:|---|---|");
    for (const e of d.evidence) out.push(`| ${e.line} | ${mdCode(e.text, true)} | ${e.note ? mdText(e.note) : ""} |`);
    out.push("");
  }
  if (d.remediation) {
    out.push(`**Fix:** ${mdText(d.remediation.summary)}`, "");
    for (const step of d.remediation.steps ?? []) out.push(`- ${mdCode(step)}`);
    if (d.remediation.steps?.length) out.push("");
  }
  return `${out.join("\n")}
`;
}
function formatMarkdown(report2, context, options = {}) {
  const findings = report2.results.flatMap((r) => r.findings);
  const diagnoses = diagnose(findings);
  const counts = countBySeverity(findings);
  const logs = plural(report2.results.length, "log");
  if (diagnoses.length === 0) {
    const lines = report2.results.reduce((n, r) => n + r.lines, 0);
    return `## logcheck: no problems found

${logs}, ${plural(lines, "line")} read.
`;
  }
  const omitted = report2.results.flatMap((r) => (r.omitted ?? []).map((o) => `${o.count} more ${mdCode(o.ruleId, false)} in ${mdText(r.source)}`));
  const head = [
    `## logcheck: ${plural(diagnoses.length, "diagnosis", "diagnoses")} (${counts.error} error, ${counts.warning} warning, ${counts.note} note) in ${logs}`,
    "",
    ...omitted.length > 0 ? [`Not listed (over --max-findings-per-rule): ${omitted.join("; ")}.`, ""] : [],
    "| Severity | Diagnosis | Where | Rules |",
    "|---|---|---|---|"
  ].join("\n");
  const rows = diagnoses.map((d) => `| ${d.severity} | ${mdText(d.title)} | ${where(d, context, true)} | ${rulesOf(d).map((r) => mdCode(r, true)).join(" ")} |`);
  const sections = diagnoses.map((d, i) => section(d, i + 1, context));
  const max = options.maxBytes ?? Infinity;
  const reserve = 200;
  let size = Buffer.byteLength(head) + 1;
  const parts = [head];
  let shownRows = 0;
  for (const row of rows) {
    const cost = Buffer.byteLength(row) + 1;
    if (size + cost > max - reserve) break;
    parts.push(row);
    size += cost;
    shownRows++;
  }
  parts.push("");
  size += 1;
  let shownSections = 0;
  if (shownRows === rows.length) {
    for (const s of sections) {
      const cost = Buffer.byteLength(s) + 1;
      if (size + cost > max - reserve) break;
      parts.push(s);
      size += cost;
      shownSections++;
    }
  }
  if (shownSections < sections.length) {
    const left = diagnoses.length - shownSections;
    parts.push(`> Cut to fit the ${Math.floor(max / 1024)} KiB limit: ${plural(left, "diagnosis", "diagnoses")} not shown in detail${shownRows < rows.length ? ` (${rows.length - shownRows} not in the table)` : ""}. \`logcheck -f json\` gives every finding.`, "");
  }
  return parts.join("\n");
}

// src/formatters/text.ts
init_define_LOGCHECK_PACKAGE();
var import_cli_table3 = __toESM(require_cli_table3(), 1);
var CODES = { red: [31, 39], yellow: [33, 39], cyan: [36, 39], bold: [1, 22], dim: [2, 22], green: [32, 39] };
function paint(o, style, text) {
  if (!o.color) return text;
  const [open, close] = CODES[style];
  return `\x1B[${open}m${text}\x1B[${close}m`;
}
var SEVERITY_STYLE = { error: "red", warning: "yellow", note: "cyan" };
function clip(text, width) {
  return text.length > width ? `${text.slice(0, width - 1)}\u2026` : text;
}
function evidenceLines(evidence, o) {
  const width = String(evidence[evidence.length - 1]?.line ?? 0).length;
  return evidence.map((e) => {
    const number = paint(o, "dim", `${String(e.line).padStart(width)} \u2502`);
    const note = e.note ? paint(o, "dim", `   \u2190 ${inert(e.note)}`) : "";
    return `    ${number} ${clip(inert(e.text), o.width ?? 140)}${note}`;
  });
}
function remediationLines(r, o) {
  if (r === void 0) return [];
  return [
    `  ${paint(o, "green", "fix:")} ${inert(r.summary)}`,
    ...(r.steps ?? []).map((s) => `      ${paint(o, "bold", lineStartSafe(inert(s)))}`)
  ];
}
function heading(source, line, severity, title, rules, o) {
  const where2 = paint(o, "bold", `${inert(source)}:${line}:`);
  return `${where2} ${paint(o, SEVERITY_STYLE[severity], severity)}: ${paint(o, "bold", inert(title))}  ${paint(o, "dim", `[${rules.join(", ")}]`)}`;
}
function formatDiagnosis(d, o) {
  const rules = [...new Set(d.findings.map((f) => f.ruleId))];
  return [
    heading(d.source, d.line, d.severity, d.title, rules, o),
    ...d.findings.map((f) => `  ${paint(o, SEVERITY_STYLE[f.severity], "\u2022")} ${inert(f.message)}`),
    ...evidenceLines(d.evidence, o),
    ...remediationLines(d.remediation, o),
    ""
  ].join("\n");
}
function formatLiveFinding(f, continues, o) {
  const title = continues ? `more evidence: ${causeTitle(f.cause)}` : causeTitle(f.cause);
  return [
    heading(f.source, f.line, f.severity, title, [f.ruleId], o),
    `  ${paint(o, SEVERITY_STYLE[f.severity], "\u2022")} ${inert(f.message)}`,
    ...evidenceLines(f.evidence, o),
    ...remediationLines(f.remediation, o),
    ""
  ].join("\n");
}
function plural2(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function summaryTable(diagnoses, o) {
  const rows = diagnoses.map((d) => ({
    severity: d.severity,
    title: inert(d.title),
    where: `${inert(d.source)}:${d.line}`,
    rules: [...new Set(d.findings.map((f) => f.ruleId))]
  }));
  const whereWidth = Math.max(5, ...rows.map((r) => r.where.length));
  const rulesWidth = Math.max(5, ...rows.flatMap((r) => r.rules.map((id) => id.length)));
  const titleWidth = o.columns === void 0 ? 0 : o.columns - 5 - 10 - (whereWidth + 2) - (rulesWidth + 2);
  if (titleWidth >= 20) {
    const table = new import_cli_table3.default({ head: ["severity", "cause", "where", "rules"], style: { head: [], border: [] }, wordWrap: true, colWidths: [10, titleWidth, whereWidth + 2, rulesWidth + 2] });
    for (const r of rows) table.push([paint(o, SEVERITY_STYLE[r.severity], r.severity), r.title, r.where, r.rules.join("\n")]);
    return table.toString();
  }
  if (o.columns === void 0) {
    return rows.map((r) => `  ${paint(o, SEVERITY_STYLE[r.severity], r.severity.padEnd(7))}  ${r.where}  ${r.title}  ${paint(o, "dim", `[${r.rules.join(", ")}]`)}`).join("\n");
  }
  return rows.map((r) => [
    `${paint(o, SEVERITY_STYLE[r.severity], r.severity.padEnd(7))}  ${r.where}`,
    ...wrap(r.title, o.columns - 9).map((l) => `         ${l}`),
    ...wrap(r.rules.join(", "), o.columns - 9).map((l) => `         ${paint(o, "dim", l)}`)
  ].join("\n")).join("\n");
}
function wrap(text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}
function formatTextSummary(report2, o) {
  const findings = report2.results.flatMap((r) => r.findings);
  const diagnoses = diagnose(findings);
  const out = [];
  if (diagnoses.length > 1) out.push(summaryTable(diagnoses, o));
  for (const result2 of report2.results) {
    for (const o2 of result2.omitted ?? []) {
      out.push(`${inert(result2.source)}: ${o2.count} more ${o2.ruleId} finding${o2.count === 1 ? "" : "s"} not listed (--max-findings-per-rule raises the limit).`);
    }
  }
  const counts = countBySeverity(findings);
  const files = report2.results.length;
  if (findings.length === 0) {
    out.push(`No problems found in ${plural2(files, "log")} (${plural2(report2.results.reduce((n, r) => n + r.lines, 0), "line")}).`);
  } else {
    out.push(`${plural2(diagnoses.length, "diagnosis").replace("diagnosiss", "diagnoses")} from ${plural2(findings.length, "finding")} (${counts.error} error, ${counts.warning} warning, ${counts.note} note) in ${plural2(files, "log")}.`);
  }
  return `${out.join("\n")}
`;
}
function formatLead(report2, o) {
  const lines = [];
  for (const result2 of report2.results) {
    const primary = result2.findings.find((f) => f.ruleId === "build-first-failure");
    if (primary === void 0) continue;
    const where2 = report2.results.length > 1 ? `${paint(o, "bold", `${inert(result2.source)}:`)} ` : "";
    lines.push(`${where2}${paint(o, "bold", inert(primary.message))}`);
  }
  return lines.length > 0 ? `${lines.join("\n")}

` : "";
}
function formatText(report2, o) {
  const diagnoses = diagnose(report2.results.flatMap((r) => r.findings));
  return formatLead(report2, o) + diagnoses.map((d) => `${formatDiagnosis(d, o)}
`).join("") + formatTextSummary(report2, o);
}

// src/formatters/github.ts
var ANNOTATIONS_PER_LEVEL = 10;
var STEP_SUMMARY_MAX_BYTES = 1024 * 1024;
var MESSAGE_MAX_CHARS = 4096;
var EVIDENCE_PER_ANNOTATION = 12;
var LINE_MAX_CHARS = 300;
var LEVEL = { error: "error", warning: "warning", note: "notice" };
var LEVEL_RANK = { error: 3, warning: 2, notice: 1 };
function escapeData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function command(a) {
  const props = [];
  const add = (name, value) => {
    if (value === void 0) return;
    const trimmed = String(value).trim();
    if (trimmed !== "") props.push(`${name}=${escapeProperty(trimmed)}`);
  };
  add("title", a.title);
  add("file", a.file);
  add("line", a.line);
  add("endLine", a.endLine);
  add("col", a.col);
  return `::${a.level}${props.length ? ` ${props.join(",")}` : ""}::${escapeData(a.message)}`;
}
function clipLine(text, max = LINE_MAX_CHARS) {
  if (text.length <= max) return text;
  let cut = max - 1;
  if (/[\ud800-\udbff]/.test(text[cut - 1] ?? "")) cut--;
  return `${text.slice(0, cut)}\u2026`;
}
function evidenceLines2(evidence) {
  if (evidence.length === 0) return [];
  const width = String(evidence[evidence.length - 1].line).length;
  return evidence.map((e) => clipLine(`  ${String(e.line).padStart(width)} \u2502 ${inert(e.text)}${e.note ? `   \u2190 ${inert(e.note)}` : ""}`));
}
function fixText(r) {
  if (r === void 0) return [];
  return [`Fix: ${inert(r.summary)}`, ...(r.steps ?? []).map((s) => `    ${inert(s)}`)];
}
function fitMessage(parts, max = MESSAGE_MAX_CHARS) {
  const length = (lines) => lines.reduce((n, l) => n + l.length + 1, 0);
  const tail = [...parts.fix, ...parts.trailer];
  let budget = max - length(tail);
  if (budget < 0) {
    return clipLine(tail.join("\n"), max);
  }
  const head = [];
  for (const [i, line] of parts.findings.entries()) {
    const clipped = clipLine(line, 1e3);
    const left = parts.findings.length - i - 1;
    const more = left > 0 ? `(and ${left} more: step summary)` : "";
    if (clipped.length + 1 + (left > 0 ? more.length + 1 : 0) <= budget) {
      head.push(clipped);
      budget -= clipped.length + 1;
      continue;
    }
    const rest = `(and ${parts.findings.length - i} more: step summary)`;
    if (rest.length + 1 <= budget) {
      head.push(rest);
      budget -= rest.length + 1;
    }
    break;
  }
  const shown = [];
  const all = parts.evidence;
  if (all.length > 0) {
    const intro = `Evidence in ${inert(parts.evidenceSource)}:`;
    const limit = Math.min(all.length, EVIDENCE_PER_ANNOTATION);
    const moreLine = (n) => `  \u2026 ${n} more line${n === 1 ? "" : "s"} (step summary)`;
    let room = budget - intro.length - 1;
    let taken = 0;
    for (; taken < limit; taken++) {
      const after = all.length - taken - 1;
      const need = all[taken].length + 1 + (after > 0 ? moreLine(after).length + 1 : 0);
      if (need > room) break;
      shown.push(all[taken]);
      room -= all[taken].length + 1;
    }
    if (taken > 0 || moreLine(all.length).length + 1 <= room) {
      if (taken < all.length) shown.push(moreLine(all.length - taken));
      shown.unshift(intro);
    }
  }
  return [...head, ...shown, ...tail].join("\n");
}
function finish(c) {
  const message = fitMessage({ findings: c.findings, evidence: c.evidence, evidenceSource: c.evidenceSource, fix: c.fix, trailer: c.trailer });
  return {
    level: c.level,
    title: c.title,
    ...c.file !== void 0 ? { file: c.file } : {},
    ...c.line !== void 0 ? { line: c.line } : {},
    ...c.endLine !== void 0 ? { endLine: c.endLine } : {},
    ...c.col !== void 0 ? { col: c.col } : {},
    message
  };
}
function candidatesFor(title, findings, lead, evidence, remediation, o, order) {
  const out = [];
  const at = locate({ ...lead, location: void 0 }, o);
  const rules = [...new Set(findings.map((f) => f.ruleId))];
  out.push({
    level: LEVEL[worstSeverity(findings)],
    title: `logcheck: ${inert(title)}`,
    ...at.inRepo ? { file: inert(at.path), line: at.line, ...at.endLine !== void 0 ? { endLine: at.endLine } : {} } : {},
    place: at.inRepo ? `file\0${at.path}\0${at.line}` : `log\0${lead.source}\0${lead.line}`,
    findings: findings.map((f) => `\u2022 ${inert(f.message)} [${f.ruleId}]`),
    evidence: evidenceLines2(evidence),
    evidenceSource: lead.source,
    fix: fixText(remediation),
    trailer: at.inRepo ? [] : [`(${inert(lead.source)}:${lead.line}; rules: ${rules.join(", ")})`],
    order: order()
  });
  for (const f of findings) {
    const src = locate(f, o);
    if (src.kind !== "source" || !src.inRepo) continue;
    out.push({
      level: LEVEL[f.severity],
      title: `logcheck: ${inert(title)}`,
      file: inert(src.path),
      line: src.line,
      ...src.column !== void 0 ? { col: src.column } : {},
      place: `file\0${src.path}\0${src.line}\0${src.column ?? ""}`,
      findings: [`\u2022 ${inert(f.message)} [${f.ruleId}]`],
      evidence: [],
      evidenceSource: f.source,
      fix: fixText(f.remediation),
      trailer: [`(log: ${inert(f.source)}:${f.line})`],
      order: order()
    });
  }
  return out;
}
function merge(into, c) {
  for (const l of c.findings) if (!into.findings.includes(l)) into.findings.push(l);
  for (const l of c.evidence) if (!into.evidence.includes(l)) into.evidence.push(l);
  if (into.fix.length === 0) into.fix = c.fix;
}
function annotations(report2, o) {
  const diagnoses = diagnose(report2.results.flatMap((r) => r.findings));
  let n = 0;
  const order = () => n++;
  const ranked = [];
  for (const d of diagnoses) {
    const lead = d.findings.find((f) => f.line === d.line && f.severity === d.severity) ?? d.findings[0];
    ranked.push(...candidatesFor(d.title, d.findings, lead, d.evidence, d.remediation, o, order));
  }
  ranked.sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || a.order - b.order);
  const byPlace = /* @__PURE__ */ new Map();
  for (const c of ranked) {
    const had = byPlace.get(c.place);
    if (had === void 0) byPlace.set(c.place, c);
    else merge(had, c);
  }
  return [...byPlace.values()].map(finish);
}
function selectAnnotations(all) {
  const count = { error: 0, warning: 0, notice: 0 };
  for (const a of all) count[a.level]++;
  const overflow = count.error > ANNOTATIONS_PER_LEVEL || count.warning > ANNOTATIONS_PER_LEVEL || count.notice > ANNOTATIONS_PER_LEVEL;
  const limit = { error: ANNOTATIONS_PER_LEVEL, warning: ANNOTATIONS_PER_LEVEL, notice: overflow ? ANNOTATIONS_PER_LEVEL - 1 : ANNOTATIONS_PER_LEVEL };
  const taken = { error: 0, warning: 0, notice: 0 };
  const shown = [];
  for (const a of all) {
    if (taken[a.level] < limit[a.level]) {
      shown.push(a);
      taken[a.level]++;
    }
  }
  return { shown, omitted: { error: count.error - taken.error, warning: count.warning - taken.warning, notice: count.notice - taken.notice } };
}
function stopToken(report2, context) {
  const token = context.nonce ?? createHash2("sha256").update(JSON.stringify(report2)).digest("hex").slice(0, 32);
  return `logcheck-${token}`;
}
var LiveAnnotations = class {
  constructor(o) {
    this.o = o;
  }
  o;
  places = /* @__PURE__ */ new Set();
  taken = { error: 0, warning: 0, notice: 0 };
  omitted = { error: 0, warning: 0, notice: 0 };
  n = 0;
  add(f) {
    const out = [];
    for (const c of candidatesFor(causeTitle(f.cause), [f], f, f.evidence, f.remediation, this.o, () => this.n++)) {
      if (this.places.has(c.place)) continue;
      this.places.add(c.place);
      const limit = c.level === "notice" ? ANNOTATIONS_PER_LEVEL - 1 : ANNOTATIONS_PER_LEVEL;
      if (this.taken[c.level] < limit) {
        this.taken[c.level]++;
        out.push(finish(c));
      } else this.omitted[c.level]++;
    }
    return out;
  }
};
function githubLiveSession(context) {
  const live = new LiveAnnotations(locateOptions(context, "GITHUB_WORKSPACE"));
  return (finding) => live.add(finding).map((a) => `${command(a)}
`).join("");
}
function closingNotice(omitted, context) {
  const left = omitted.error + omitted.warning + omitted.notice;
  if (left === 0) return [];
  const where2 = context.env.GITHUB_STEP_SUMMARY ? "The step summary lists every diagnosis." : "`logcheck -f markdown` lists every diagnosis.";
  return [command({
    level: "notice",
    title: "logcheck: more findings",
    message: `${left} more annotation${left === 1 ? "" : "s"} not shown (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level and step): ${omitted.error} error, ${omitted.warning} warning, ${omitted.notice} notice. ${where2}`
  })];
}
function formatGithub(report2, context, liveShown = false) {
  const o = locateOptions(context, "GITHUB_WORKSPACE");
  const token = stopToken(report2, context);
  const text = formatText(report2, { color: false });
  const summaryLine = text.trimEnd().split("\n").pop();
  const out = [
    `::group::${escapeData(`logcheck: ${summaryLine}`)}`,
    `::stop-commands::${token}`,
    text.trimEnd(),
    `::${token}::`,
    "::endgroup::"
  ];
  if (liveShown) {
    const replay = new LiveAnnotations(o);
    for (const f of report2.results.flatMap((r) => r.findings)) replay.add(f);
    out.push(...closingNotice(replay.omitted, context));
  } else {
    const { shown, omitted } = selectAnnotations(annotations(report2, o));
    out.push(...shown.map(command), ...closingNotice(omitted, context));
  }
  return `${out.join("\n")}
`;
}
function githubSideOutputs(report2, context) {
  const path5 = context.env.GITHUB_STEP_SUMMARY;
  if (path5 === void 0 || path5 === "") return [];
  return [{ path: path5, text: formatMarkdown(report2, context, { maxBytes: STEP_SUMMARY_MAX_BYTES }), append: true }];
}

// src/formatters/gitlab.ts
init_define_LOGCHECK_PACKAGE();
import { createHash as createHash3 } from "node:crypto";
import path2 from "node:path";
var SEVERITY = { error: "critical", warning: "major", note: "info" };
function projectPath(at) {
  if (at.inCheckout) return at.path;
  if (at.path.startsWith("<")) return "stdin";
  return path2.posix.basename(at.path.replaceAll("\\", "/")) || "log";
}
function formatGitlab(report2, context) {
  const o = locateOptions(context, "CI_PROJECT_DIR");
  const seen = /* @__PURE__ */ new Set();
  const issues = [];
  for (const f of report2.results.flatMap((r) => r.findings)) {
    const at = locate(f, o);
    const where2 = projectPath(at);
    const fingerprint = createHash3("md5").update(`${f.fingerprint}\0${where2}`).digest("hex");
    if (seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    const outside = at.inCheckout ? "" : ` (log: ${inert(at.path)}:${f.line})`;
    const fix = f.remediation ? ` Fix: ${inert(f.remediation.summary)}${(f.remediation.steps ?? []).map((s) => ` \`${inert(s)}\``).join("")}` : "";
    issues.push({
      description: `${inert(f.message)}${outside}${fix}`,
      check_name: f.ruleId,
      fingerprint,
      severity: SEVERITY[f.severity],
      location: { path: inert(where2), lines: { begin: Math.max(1, at.line) } }
    });
  }
  return `${ciSafeJson(issues)}
`;
}

// src/formatters/junit.ts
init_define_LOGCHECK_PACKAGE();
var NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
function xml(text) {
  return text.replace(NOT_XML, "\uFFFD").replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&apos;");
}
function attr(text) {
  return xml(text).replaceAll("\n", "&#10;").replaceAll("\r", "&#13;").replaceAll("	", "&#9;");
}
function body(f, logPath) {
  const out = [`${f.ruleId} (${f.severity}): ${inert(f.message)}`];
  if (f.evidence.length) {
    out.push(`evidence in ${inert(logPath)}:`);
    const width = String(f.evidence[f.evidence.length - 1].line).length;
    for (const e of f.evidence) out.push(`  ${String(e.line).padStart(width)} | ${inert(e.text)}${e.note ? `   <- ${inert(e.note)}` : ""}`);
  }
  if (f.remediation) {
    out.push(`fix: ${inert(f.remediation.summary)}`);
    for (const s of f.remediation.steps ?? []) out.push(`  - ${inert(s)}`);
  }
  return out.join("\n");
}
function formatJunit(report2, context) {
  const o = locateOptions(context, "CI_PROJECT_DIR");
  const threshold = SEVERITY_RANK[context.failOn ?? "error"];
  let tests = 0;
  let failures = 0;
  const suites = [];
  for (const r of report2.results) {
    const cases = [];
    const names = /* @__PURE__ */ new Map();
    let suiteFailures = 0;
    for (const f of r.findings) {
      const at = locate(f, o);
      const log2 = locate({ ...f, location: void 0 }, o);
      const base2 = `${f.ruleId}: ${causeTitle(f.cause)}`;
      const seen = (names.get(base2) ?? 0) + 1;
      names.set(base2, seen);
      const name = seen === 1 ? base2 : `${base2} #${seen}`;
      const open = `    <testcase name="${attr(inert(name))}" classname="logcheck.${attr(f.ruleId)}" file="${attr(inert(at.path))}" line="${at.line}">`;
      if (SEVERITY_RANK[f.severity] < threshold) {
        cases.push(`${open}
      <system-out>${xml(body(f, log2.path))}</system-out>
    </testcase>`);
      } else {
        suiteFailures++;
        cases.push(`${open}
      <failure type="${f.severity}" message="${attr(inert(f.message))}">${xml(body(f, log2.path))}</failure>
    </testcase>`);
      }
    }
    if (cases.length === 0) cases.push(`    <testcase name="no findings" classname="logcheck" file="${attr(inert(r.source))}"/>`);
    tests += cases.length;
    failures += suiteFailures;
    suites.push(`  <testsuite name="${attr(inert(r.source))}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="0">
${cases.join("\n")}
  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="logcheck" tests="${tests}" failures="${failures}" errors="0">
${suites.join("\n")}
</testsuites>
`;
}

// src/formatters/sarif.ts
init_define_LOGCHECK_PACKAGE();
import path3 from "node:path";

// src/version.ts
init_define_LOGCHECK_PACKAGE();
import { readFileSync } from "node:fs";
function packageJson() {
  if (typeof define_LOGCHECK_PACKAGE_default !== "undefined") return define_LOGCHECK_PACKAGE_default;
  try {
    return JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
  } catch {
    return {};
  }
}
var pkg = packageJson();
var VERSION2 = typeof pkg.version === "string" ? pkg.version : "0.0.0";
var HOMEPAGE = typeof pkg.homepage === "string" && /^https?:\/\//.test(pkg.homepage) ? pkg.homepage : void 0;

// src/formatters/sarif.ts
var LEVEL2 = { error: "error", warning: "warning", note: "note" };
function toUri(path_) {
  const p = inert(path_).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\uFFFD");
  const encoded = p.split("/").map((segment) => encodeURIComponent(segment)).join("/");
  return path3.posix.isAbsolute(p) ? `file://${encoded}` : encoded;
}
var SRCROOT = "%SRCROOT%";
var FILESYSTEMROOT = "FILESYSTEMROOT";
var STDIN = "STDIN";
function artifactLocation(loc, cwd) {
  if (loc.inCheckout) return { uri: toUri(loc.path), uriBaseId: SRCROOT };
  if (loc.path.startsWith("<")) return { uri: "stdin", uriBaseId: STDIN };
  const absolute = path3.resolve(cwd, loc.path).replaceAll("\\", "/");
  return { uri: toUri(absolute.replace(/^\/+/, "")), uriBaseId: FILESYSTEMROOT };
}
function sarifText(text) {
  return inert(text).replace(/[[\]]/g, (c) => `\\${c}`);
}
function pascal(id) {
  return id.split(/[^a-zA-Z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}
function ruleDescriptor(meta) {
  const example = meta.docs.example?.length ? `

Example log lines:

${meta.docs.example.map((l) => `    ${l}`).join("\n")}` : "";
  return {
    id: meta.id,
    name: pascal(meta.id),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.docs.description },
    help: {
      text: `${meta.docs.description}

Why it matters: ${meta.docs.why}

How to fix: ${meta.docs.fix}${example}`,
      markdown: `${meta.docs.description}

**Why it matters:** ${meta.docs.why}

**How to fix:** ${meta.docs.fix}${example}`
    },
    ...meta.docs.url ? { helpUri: meta.docs.url } : {},
    defaultConfiguration: { level: LEVEL2[meta.severity] },
    properties: { tags: [...meta.tags], cause: meta.cause, causeTitle: causeTitle(meta.cause), precision: "high" }
  };
}
function physical(loc, cwd) {
  return {
    artifactLocation: artifactLocation(loc, cwd),
    region: {
      startLine: Math.max(1, loc.line),
      ...loc.endLine !== void 0 && loc.endLine > loc.line ? { endLine: loc.endLine } : {},
      ...loc.column !== void 0 && loc.column > 0 ? { startColumn: loc.column } : {}
    }
  };
}
function lineHash(fingerprint) {
  const [base2, occurrence] = fingerprint.split(":");
  return `${base2.slice(0, 16)}:${occurrence ?? "1"}`;
}
function result(f, ruleIndex, o) {
  const at = locate(f, o);
  const log2 = locate({ ...f, location: void 0 }, o);
  const fix = f.remediation ? `
Fix: ${sarifText(f.remediation.summary)}${(f.remediation.steps ?? []).map((s) => `
    ${sarifText(s)}`).join("")}` : "";
  const links = f.evidence.length ? ` (evidence: ${f.evidence.map((e, i) => `[line ${e.line}](${i + 1})`).join(", ")})` : "";
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL2[f.severity],
    message: { text: `${sarifText(f.message)}${links}${fix}` },
    locations: [{ physicalLocation: physical(at, o.cwd) }],
    relatedLocations: f.evidence.map((e, i) => ({
      id: i + 1,
      physicalLocation: physical({ ...log2, line: e.line, endLine: void 0 }, o.cwd),
      message: { text: `${inert(e.text)}${e.note ? ` (${inert(e.note)})` : ""}` }
    })),
    partialFingerprints: { ...at.inCheckout ? {} : { primaryLocationLineHash: lineHash(f.fingerprint) }, "logcheck/v1": f.fingerprint },
    properties: {
      cause: f.cause,
      causeTitle: causeTitle(f.cause),
      log: `${log2.path}:${f.line}`,
      ...f.stage ? { stage: f.stage } : {},
      ...f.side ? { side: f.side } : {}
    }
  };
}
function automationId(category) {
  return category.endsWith("/") ? category : `${category}/`;
}
function formatSarif(report2, context) {
  const o = locateOptions(context, "GITHUB_WORKSPACE");
  const findings = report2.results.flatMap((r) => r.findings);
  const rules = [...context.rules];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  for (const f of findings) {
    if (index.has(f.ruleId)) continue;
    index.set(f.ruleId, rules.length);
    rules.push({ id: f.ruleId, title: f.ruleId, severity: f.severity, cause: f.cause, tags: [], docs: { description: f.ruleId, why: "", fix: "" } });
  }
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{
      tool: {
        driver: {
          name: "logcheck",
          ...HOMEPAGE ? { informationUri: HOMEPAGE } : {},
          version: VERSION2,
          semanticVersion: VERSION2,
          rules: rules.map(ruleDescriptor)
        }
      },
      ...context.sarifCategory ? { automationDetails: { id: automationId(context.sarifCategory) } } : {},
      originalUriBaseIds: {
        // No absolute uri: it would tie the file to one machine (and differ on every runner);
        // code scanning and codeql-action read %SRCROOT%-relative URIs against their checkout.
        [SRCROOT]: { description: { text: "The checkout: $GITHUB_WORKSPACE, else the working directory." } },
        [FILESYSTEMROOT]: { uri: "file:///", description: { text: "Logs outside the checkout, by their absolute path." } },
        [STDIN]: { description: { text: "A log read from standard input." } }
      },
      results: findings.map((f) => result(f, index.get(f.ruleId), o)),
      columnKind: "utf16CodeUnits"
    }]
  };
  return `${ciSafeJson(sarif)}
`;
}

// src/formatters/index.ts
var formatters = /* @__PURE__ */ new Map();
function registerFormatter(formatter) {
  formatters.set(formatter.name, formatter);
}
function getFormatter(name) {
  return formatters.get(name);
}
function formatterNames() {
  return [...formatters.keys()];
}
registerFormatter({
  name: "text",
  description: "for people: one block per diagnosis (cause, evidence lines, fix), then a summary table",
  forPeople: true,
  live: (finding, continues, context) => formatLiveFinding(finding, continues, { color: context.color }),
  final: (report2, context, liveShown) => {
    const o = { color: context.color, ...context.columns !== void 0 ? { columns: context.columns } : {} };
    return liveShown ? formatTextSummary(report2, o) : formatText(report2, o);
  }
});
registerFormatter({
  name: "json",
  description: "the versioned run report: every finding with its cause id, plus the grouped diagnoses",
  final: (report2) => formatJson(report2)
});
registerFormatter({
  name: "github",
  description: "GitHub Actions: the text report in a log group, the top 10 annotations per level, all of it in $GITHUB_STEP_SUMMARY",
  liveSession: githubLiveSession,
  final: (report2, context, liveShown) => formatGithub(report2, context, liveShown),
  sideOutputs: githubSideOutputs
});
registerFormatter({
  name: "sarif",
  description: "SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif) and other SARIF viewers",
  final: (report2, context) => formatSarif(report2, context)
});
registerFormatter({
  name: "gitlab",
  description: "GitLab Code Quality report (artifacts:reports:codequality)",
  final: (report2, context) => formatGitlab(report2, context)
});
registerFormatter({
  name: "junit",
  description: "JUnit XML, one test case per finding, a test suite per log (GitLab junit reports, Jenkins junit)",
  final: (report2, context) => formatJunit(report2, context)
});
registerFormatter({
  name: "compact",
  description: "one line per finding, path:line: severity: message [rule] (problem-matchers/logcheck-compact.json reads it)",
  final: (report2, context) => formatCompact(report2, context)
});
registerFormatter({
  name: "markdown",
  description: "a Markdown summary: a table of diagnoses, then each with its evidence and fix",
  final: (report2, context) => formatMarkdown(report2, context)
});

// src/input/open.ts
init_define_LOGCHECK_PACKAGE();
import { promises as fs } from "node:fs";

// src/input/file-stream.ts
init_define_LOGCHECK_PACKAGE();
import { closeSync, openSync, readSync } from "node:fs";
import { Readable } from "node:stream";
var CHUNK = 64 * 1024;
var FileStream = class extends Readable {
  bytesRead = 0;
  fd;
  constructor(path5) {
    super({ highWaterMark: CHUNK });
    this.fd = openSync(path5, "r");
  }
  _read() {
    if (this.fd === void 0) return;
    try {
      const buffer = Buffer.allocUnsafe(CHUNK);
      const n = readSync(this.fd, buffer, 0, CHUNK, null);
      this.bytesRead += n;
      if (n === 0) {
        this.close();
        this.push(null);
      } else {
        this.push(n === CHUNK ? buffer : buffer.subarray(0, n));
      }
    } catch (error2) {
      this.destroy(error2);
    }
  }
  _destroy(error2, done) {
    this.close();
    done(error2);
  }
  close() {
    if (this.fd !== void 0) closeSync(this.fd);
    this.fd = void 0;
  }
};

// src/input/decompress.ts
init_define_LOGCHECK_PACKAGE();
import { spawn } from "node:child_process";
import { createGunzip } from "node:zlib";
import { PassThrough } from "node:stream";
function detectCompression(head) {
  if (head[0] === 31 && head[1] === 139) return "gzip";
  if (head[0] === 253 && head[1] === 55 && head[2] === 122 && head[3] === 88 && head[4] === 90 && head[5] === 0) return "xz";
  if (head[0] === 40 && head[1] === 181 && head[2] === 47 && head[3] === 253) return "zstd";
  if (head[0] === 66 && head[1] === 90 && head[2] === 104) return "bzip2";
  return "none";
}
var TOOLS = {
  xz: { command: "xz", package: "xz-utils" },
  zstd: { command: "zstd", package: "zstd" },
  bzip2: { command: "bzip2", package: "bzip2" }
};
function decompress(input, compression) {
  if (compression === "none") return input;
  if (compression === "gzip") return input.pipe(createGunzip()).on("close", () => input.destroy());
  const tool2 = TOOLS[compression];
  const child = spawn(tool2.command, ["-dc"], { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (text) => {
    if (stderr.length < 400) stderr += text;
  });
  const out = new PassThrough();
  child.stdout.pipe(out, { end: false });
  input.pipe(child.stdin);
  child.stdin.on("error", () => void 0);
  child.on("error", (error2) => {
    out.destroy(error2.code === "ENOENT" ? new InputError(`${compression}-compressed, and ${tool2.command} is not installed (apt-get install ${tool2.package})`) : error2);
  });
  child.on("close", (code) => {
    if (code === 0) {
      out.end();
      return;
    }
    if (code === null) return;
    const said = stderr.trim().split("\n").pop()?.replace(/^[^:]*: \(stdin\): /, "") ?? "";
    out.destroy(new InputError(`${compression} data is damaged or truncated${said ? `: ${said}` : ""}`));
  });
  return out;
}

// src/input/open.ts
async function openInput(path5, stdin = process.stdin, label) {
  if (path5 === "-") {
    const head = await peek(stdin, 6);
    const compression = detectCompression(head);
    return { label: label ?? "<stdin>", stream: decompress(stdin, compression), compression };
  }
  let handle;
  try {
    handle = await fs.open(path5, "r");
  } catch (error2) {
    throw new InputError(describeSystemError(error2));
  }
  try {
    const stat2 = await handle.stat();
    if (stat2.isDirectory()) throw new InputError(describeSystemError({ code: "EISDIR" }));
    if (!stat2.isFile()) {
      const stream2 = handle.createReadStream({ highWaterMark: 64 * 1024 });
      const compression2 = detectCompression(await peek(stream2, 6));
      return { label: label ?? path5, stream: decompress(stream2, compression2), compression: compression2 };
    }
    const head = Buffer.alloc(6);
    const { bytesRead } = await handle.read(head, 0, 6, 0);
    const compression = detectCompression(head.subarray(0, bytesRead));
    await handle.close();
    const stream = new FileStream(path5);
    return { label: label ?? path5, stream: decompress(stream, compression), compression, size: stat2.size, bytesRead: () => stream.bytesRead };
  } catch (error2) {
    await handle.close().catch(() => void 0);
    throw error2 instanceof InputError ? error2 : new InputError(describeSystemError(error2));
  }
}
async function peek(stream, n) {
  return new Promise((resolve3, reject) => {
    const tryRead = () => {
      const chunk = stream.read();
      if (chunk !== null) {
        cleanup();
        stream.unshift(chunk);
        resolve3(chunk.subarray(0, n));
      }
    };
    const onEnd = () => {
      cleanup();
      resolve3(new Uint8Array(0));
    };
    const onError = (error2) => {
      cleanup();
      reject(new InputError(describeSystemError(error2)));
    };
    const cleanup = () => {
      stream.off("readable", tryRead);
      stream.off("end", onEnd);
      stream.off("error", onError);
    };
    stream.on("readable", tryRead);
    stream.once("end", onEnd);
    stream.once("error", onError);
    tryRead();
  });
}

// src/input/tee.ts
init_define_LOGCHECK_PACKAGE();
import { Readable as Readable2 } from "node:stream";
function teeTo(input, out) {
  let outFull = false;
  let branchFull = false;
  let outBroken = false;
  const resume = () => {
    if (!outFull && !branchFull) input.resume();
  };
  const branch = new Readable2({
    read() {
      if (branchFull) {
        branchFull = false;
        resume();
      }
    },
    destroy(error2, callback2) {
      branchFull = false;
      resume();
      callback2(error2);
    }
  });
  const onDrain = () => {
    if (outFull) {
      outFull = false;
      resume();
    }
  };
  const onOutError = () => {
    outBroken = true;
    onDrain();
  };
  out.on("drain", onDrain);
  out.on("error", onOutError);
  const done = new Promise((resolve3) => {
    const finish2 = (error2) => {
      out.off("drain", onDrain);
      const end = () => {
        out.off("error", onOutError);
        if (!branch.destroyed) {
          if (error2) branch.destroy(error2);
          else branch.push(null);
        }
        resolve3();
      };
      if (outBroken || out.destroyed) end();
      else out.write(Buffer.alloc(0), () => end());
    };
    input.on("end", () => finish2());
    input.on("error", (error2) => finish2(error2));
  });
  input.on("data", (chunk) => {
    if (!outBroken && !out.write(chunk)) {
      outFull = true;
      input.pause();
    }
    if (!branch.destroyed && !branch.push(chunk)) {
      branchFull = true;
      input.pause();
    }
  });
  return { branch, done };
}

// src/input/resolve.ts
init_define_LOGCHECK_PACKAGE();
var import_micromatch = __toESM(require_micromatch(), 1);
import path4 from "node:path";

// node_modules/tinyglobby/dist/index.mjs
init_define_LOGCHECK_PACKAGE();
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/tinyglobby/node_modules/fdir/dist/index.mjs
init_define_LOGCHECK_PACKAGE();
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require2 = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path5) {
  let normalized = normalize(path5);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path5, separator) {
  return path5.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path5) {
  return path5 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path5);
}
function normalizePath(path5, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path5.includes("/") || path5.startsWith(".");
  if (resolvePaths) path5 = resolve(path5);
  if (normalizePath$1 || pathNeedsCleaning) path5 = cleanPath(path5);
  if (path5 === ".") return "";
  const needsSeperator = path5[path5.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path5 + pathSeparator : path5, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path5 = directoryPath || ".";
  if (filters.every((filter) => filter(path5, true))) paths.push(path5);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path5, state, callback$1) {
  const { queue, fs: fs2, options: { suppressErrors } } = state;
  queue.enqueue();
  fs2.realpath(path5, (error2, resolvedPath) => {
    if (error2) return queue.dequeue(suppressErrors ? null : error2, state);
    fs2.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path5, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path5, state, callback$1) {
  const { queue, fs: fs2, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs2.realpathSync(path5);
    const stat2 = fs2.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path5, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path5, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path5);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path5, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error2, callback$1, output, suppressErrors) {
  if (error2 && !suppressErrors) callback$1(error2, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs: fs2 } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs2.readdir(crawlPath || ".", readdirOpts, (error2, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error2, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs: fs2 } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs2.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error2, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error2)) {
      this.onQueueEmpty(error2, output);
      if (error2) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error2, state) => this.callbackInvoker(state, error2, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path5 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path5)) continue;
        this.pushDirectory(path5, paths, filters);
        this.walkDirectory(this.state, path5, path5, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path5 = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path5, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path5 + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path5 + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path5;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require2.resolve("picomatch");
  pm = __require2("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path5) => isMatch(path5));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch4(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result2 = `${prefix}/${p}`;
      return isDir ? result2.slice(0, -1) : result2;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result2 = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result2 !== "" ? `${result2}/` : result2 || ".";
  };
}
function ensureNonDriveRelativePath(path5) {
  return path5.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path5) {
  var _result$parts;
  const result2 = import_picomatch.default.scan(path5, splitPatternOptions);
  return ((_result$parts = result2.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result2.parts : [path5];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path5) => path5.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path5) => path5.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern2, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern2);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern2, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result2 = pattern2;
  if (pattern2[pattern2.length - 1] === "/") result2 = pattern2.slice(0, -1);
  if (result2[result2.length - 1] !== "*" && opts.expandDirectories) result2 += "/**";
  const escapedCwd = escapePath(cwd);
  result2 = isAbsolute(result2.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result2) : posix.normalize(result2);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result2)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result2);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result2 = result2.slice(0, (n - i - 1) * 3) + result2.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result2;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern2 of options.ignore) {
    if (!pattern2) continue;
    if (pattern2[0] !== "!" || pattern2[1] === "(") ignorePatterns.push(normalizePattern(pattern2, options, props, true));
  }
  for (const pattern2 of patterns) {
    if (!pattern2) continue;
    if (pattern2[0] !== "!" || pattern2[1] === "(") matchPatterns.push(normalizePattern(pattern2, options, props, false));
    else if (pattern2[1] !== "!" || pattern2[2] === "(") ignorePatterns.push(normalizePattern(pattern2.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format2 = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format2 : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path5 = format2(p, isDirectory);
      const matches = matcher(path5) && !ignore(path5);
      if (matches) log(`matched ${path5}`);
      return matches;
    } : (p, isDirectory) => {
      const path5 = format2(p, isDirectory);
      return matcher(path5) && !ignore(path5);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative2] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative2) : [];
}

// src/input/resolve.ts
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
async function resolveInputs(args, cwd = process.cwd()) {
  const inputs = [];
  const errors = [];
  for (const argument of args) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(argument)) {
      errors.push({ argument, message: "logcheck reads files and standard input, not URLs: download it first (curl -fsSL URL | logcheck)" });
      continue;
    }
    if (argument === "-" || !import_micromatch.default.scan(argument).isGlob) {
      inputs.push({ path: argument, argument });
      continue;
    }
    try {
      const matched = await expandGlob(argument, cwd);
      if (matched.length === 0) errors.push({ argument, message: "no files match this pattern" });
      for (const file of matched) inputs.push({ path: file, argument });
    } catch (error2) {
      errors.push({ argument, message: error2 instanceof InputError ? error2.message : String(error2) });
    }
  }
  return { inputs, errors };
}
async function expandGlob(pattern2, cwd, fs2) {
  const isMatch = import_micromatch.default.matcher(pattern2, { dot: false });
  const absolute = path4.isAbsolute(pattern2);
  const found = await glob(pattern2, {
    cwd,
    absolute,
    onlyFiles: true,
    dot: false,
    // Symbolic links are not followed (no loops; as before: only regular files and directories).
    followSymbolicLinks: false,
    ...fs2 ? { fs: fs2 } : {},
    expandDirectories: false,
    ignore: [...SKIP_DIRS].map((d) => `**/${d}/**`)
  });
  return found.map((p) => absolute ? p : p.replace(/^\.\//, "")).filter((p) => isMatch(p)).sort((a, b) => a.localeCompare(b));
}

// src/cli/args.ts
init_define_LOGCHECK_PACKAGE();
import { parseArgs } from "node:util";
var OPTIONS = {
  format: { type: "string", short: "f", multiple: true },
  "output-file": { type: "string", short: "o", multiple: true },
  "fail-on": { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  live: { type: "boolean" },
  "no-live": { type: "boolean" },
  rule: { type: "string", multiple: true },
  "disable-rule": { type: "string", multiple: true },
  "max-line-bytes": { type: "string" },
  "max-findings-per-rule": { type: "string" },
  encoding: { type: "string" },
  label: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  tee: { type: "boolean" },
  "path-map": { type: "string", multiple: true },
  "sarif-category": { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" }
};
function colorForms(argv) {
  const out = [];
  let options = true;
  for (const arg of argv) {
    if (options && arg === "--") options = false;
    const m = options ? /^--colou?r=(.*)$/.exec(arg) : null;
    if (m === null) {
      out.push(arg);
      continue;
    }
    const value = m[1].toLowerCase();
    if (value === "always" || value === "yes" || value === "force") out.push("--color");
    else if (value === "never" || value === "no" || value === "none") out.push("--no-color");
    else if (value === "auto" || value === "tty" || value === "if-tty") out.push("--color-auto");
    else throw new UsageError(`--color takes always, never or auto, not "${m[1]}"`);
  }
  return out;
}
var UTF8_NAMES = /* @__PURE__ */ new Set(["utf8", "utf-8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"]);
var LATIN1_NAMES = /* @__PURE__ */ new Set(["latin1", "latin-1", "l1", "iso-8859-1", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "iso-ir-100", "cp819", "ibm819", "csisolatin1", "binary"]);
function parseEncoding(name) {
  if (name === void 0) return false;
  const key = name.trim().toLowerCase();
  if (UTF8_NAMES.has(key)) return false;
  if (LATIN1_NAMES.has(key)) return true;
  throw new UsageError(`--encoding takes utf-8 or latin1 (iso-8859-1 and its other names), not "${name}"`);
}
function parseCli(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: colorForms(argv), options: { ...OPTIONS, "color-auto": { type: "boolean" } }, allowPositionals: true, strict: true, tokens: true });
  } catch (error2) {
    if (error2 instanceof UsageError) throw error2;
    throw new UsageError(error2.message.split("\n")[0].replace(/^Unknown option/, "unknown option"));
  }
  const { values, positionals, tokens } = parsed;
  const outputs = [];
  const pending = [];
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    if (token.name === "format") {
      const spec = { format: token.value };
      const file = pending.shift();
      if (file !== void 0) spec.file = file;
      outputs.push(spec);
    }
    if (token.name === "output-file") {
      const target = outputs[outputs.length - 1];
      if (target === void 0) pending.push(token.value);
      else if (target.file !== void 0) throw new UsageError(`-o ${token.value} follows -f ${target.format}, which already has -o ${target.file}`);
      else target.file = token.value;
    }
  }
  if (pending.length > 1) throw new UsageError(`-o ${pending.join(" and -o ")}: each -o needs its own -f`);
  if (pending.length === 1) outputs.push({ format: "text", file: pending[0] });
  if (outputs.length === 0) outputs.push({ format: "text" });
  const toStdout = outputs.filter((o) => o.file === void 0);
  if (toStdout.length > 1) throw new UsageError(`formats ${toStdout.map((o) => o.format).join(" and ")} would both write to stdout: give all but one -o FILE`);
  const failOn = values["fail-on"] ?? "error";
  if (!isSeverity(failOn)) throw new UsageError(`--fail-on takes error, warning or note, not "${failOn}"`);
  let maxLineBytes;
  if (values["max-line-bytes"] !== void 0) {
    maxLineBytes = Number(values["max-line-bytes"]);
    if (!Number.isInteger(maxLineBytes) || maxLineBytes < 1024) throw new UsageError("--max-line-bytes takes a whole number of bytes, 1024 or more");
  }
  let maxFindingsPerRule;
  if (values["max-findings-per-rule"] !== void 0) {
    maxFindingsPerRule = Number(values["max-findings-per-rule"]);
    if (!Number.isInteger(maxFindingsPerRule) || maxFindingsPerRule < 1) throw new UsageError("--max-findings-per-rule takes a whole number, 1 or more");
  }
  const latin1 = parseEncoding(values.encoding);
  let color;
  for (const t of tokens) {
    if (t.kind !== "option") continue;
    if (t.name === "color") color = true;
    else if (t.name === "no-color") color = false;
    else if (t.name === "color-auto") color = void 0;
  }
  const pathMaps = [];
  for (const spec of values["path-map"] ?? []) {
    const map = parsePathMap(spec);
    if (map === void 0) throw new UsageError(`--path-map takes FROM=TO (e.g. '<<PKGBUILDDIR>>=.'), not "${spec}"`);
    pathMaps.push(map);
  }
  let command2 = "check";
  const files = [...positionals];
  const terminator = tokens.findIndex((t) => t.kind === "option-terminator");
  const firstPositional = tokens.findIndex((t) => t.kind === "positional");
  const subcommand = firstPositional >= 0 && (terminator < 0 || firstPositional < terminator) ? files[0] : void 0;
  if (values.help) command2 = "help";
  else if (values.version) command2 = "version";
  else if (subcommand === "rules" && files.length === 1) {
    command2 = "rules";
    files.shift();
  } else if (subcommand === "explain") {
    command2 = "explain";
    files.shift();
    if (files.length !== 1) throw new UsageError("explain takes one rule id: logcheck explain <rule-id> (logcheck rules lists them)");
  }
  if (values.tee && command2 === "check" && files.some((f) => f !== "-")) {
    throw new UsageError("--tee reads standard input only: pipe the build into it (build 2>&1 | logcheck --tee)");
  }
  return {
    command: command2,
    files,
    outputs,
    failOn,
    color,
    live: values["no-live"] ? false : values.live,
    only: values.rule ?? [],
    disable: values["disable-rule"] ?? [],
    maxLineBytes,
    latin1,
    label: values.label,
    quiet: values.quiet ?? false,
    maxFindingsPerRule,
    tee: values.tee ?? false,
    pathMaps,
    sarifCategory: values["sarif-category"]
  };
}
var HELP = `Usage: logcheck [options] [file|glob|-]...
       logcheck rules
       logcheck explain <rule-id>

Reads build logs (pbuilder, sbuild, dpkg/apt, autoconf, Python, Fink) as a stream, finds the
contradictions that explain a broken build, and says what to change. With no file and a pipe on
standard input it reads the pipe, showing findings while the build runs:
  pbuilder build foo.dsc 2>&1 | logcheck
With --tee the build output passes through unchanged and the diagnosis is added on stderr:
  pbuilder build foo.dsc 2>&1 | logcheck --tee

Inputs: paths, '-' for stdin ('--' ends the options: logcheck -- rules reads a file
named rules), globs ('logs/**/*.build', micromatch syntax). gzip is read directly
(by its magic bytes); xz, zstd and bzip2 through the system tools.

Options:
  -f, --format NAME        output format (repeatable): text (default), json, github, sarif,
                           gitlab, junit, compact, markdown
  -o, --output-file FILE   write the format given just before to FILE instead of stdout
                           (-f text -f sarif -o logcheck.sarif: text on stdout, SARIF in a file)
      --tee                copy standard input to standard output byte for byte, as it comes;
                           findings go to stderr (or -o) as soon as they are certain
      --path-map FROM=TO   report source paths under FROM as TO in CI formats (repeatable;
                           longest FROM wins): --path-map '<<PKGBUILDDIR>>=.'
      --fail-on LEVEL      exit 1 on findings at or above LEVEL: error (default), warning, note
      --rule ID            run only this rule (repeatable)
      --disable-rule ID    do not run this rule (repeatable)
      --live / --no-live   print each finding as soon as it is certain (default: when reading stdin)
      --label NAME         the name to report for stdin (default <stdin>)
      --max-line-bytes N   longest line read whole (default 1048576); longer ones are cut and said
      --max-findings-per-rule N  findings kept per rule and log (default 100); the rest are counted
      --encoding ENC       utf-8 (default) or latin1 (also iso-8859-1, l1, cp819, ...)
      --sarif-category ID  SARIF run.automationDetails.id: one per build (matrix) job
      --color[=WHEN]       colour: always (--color), never (--no-color) or auto (default: on
                           a terminal; a non-empty NO_COLOR turns it off, FORCE_COLOR on)
  -q, --quiet              no spinner, no summary line when there is nothing to report
  -h, --help               this text
  -V, --version            the version

Exit status: 0 no findings at or above --fail-on, 1 findings, 2 usage, input or internal error.
`;

// src/cli/commands.ts
init_define_LOGCHECK_PACKAGE();
var import_cli_table32 = __toESM(require_cli_table3(), 1);
function listRules(rules, o = {}) {
  if (o.format === "json") {
    return `${JSON.stringify(rules.map(({ meta }) => ({ ...meta, causeTitle: causeTitle(meta.cause) })), null, 2)}
`;
  }
  const footer = `${rules.length} rules. \`logcheck explain <rule>\` tells why and how to fix.
`;
  const idWidth = Math.max(4, ...rules.map((r) => r.meta.id.length));
  const causeWidth = Math.max(5, ...rules.map((r) => r.meta.cause.length));
  if (o.columns === void 0 || o.columns <= 0) {
    const lines = [["rule", "severity", "cause", "title"], ...rules.map(({ meta }) => [meta.id, meta.severity, meta.cause, meta.title])].map(([id, sev, cause, title]) => `${id.padEnd(idWidth)}  ${sev.padEnd(8)}  ${cause.padEnd(causeWidth)}  ${title}`.trimEnd());
    return `${lines.join("\n")}
${footer}`;
  }
  const withCause = o.columns >= idWidth + 10 + causeWidth + 30 + 4 * 3 + 1;
  const fixed = idWidth + 2 + 10 + (withCause ? causeWidth + 2 : 0);
  const borders = (withCause ? 4 : 3) + 1;
  const titleWidth = Math.max(12, o.columns - fixed - borders);
  const head = withCause ? ["rule", "severity", "cause", "title"] : ["rule", "severity", "title"];
  const colWidths = withCause ? [idWidth + 2, 10, causeWidth + 2, titleWidth] : [idWidth + 2, 10, titleWidth];
  const table = new import_cli_table32.default({ head, style: { head: [], border: [] }, wordWrap: true, colWidths });
  for (const { meta } of rules) table.push(withCause ? [meta.id, meta.severity, meta.cause, meta.title] : [meta.id, meta.severity, meta.title]);
  return `${table.toString()}
${footer}`;
}
function explainRule(rule41) {
  const { meta } = rule41;
  const lines = [
    `${meta.id} (${meta.severity}): ${meta.title}`,
    `cause: ${meta.cause} (${causeTitle(meta.cause)})`,
    `tags: ${meta.tags.join(", ")}`,
    "",
    "What it finds:",
    `  ${meta.docs.description}`,
    "",
    "Why it matters:",
    `  ${meta.docs.why}`,
    "",
    "How to fix:",
    `  ${meta.docs.fix}`
  ];
  if (meta.docs.example?.length) lines.push("", "Example log lines:", ...meta.docs.example.map((l) => `  ${l}`));
  return `${lines.join("\n")}
`;
}

// src/cli/progress.ts
init_define_LOGCHECK_PACKAGE();

// node_modules/ora/index.js
init_define_LOGCHECK_PACKAGE();
import process9 from "node:process";
import { stripVTControlCharacters } from "node:util";

// node_modules/chalk/source/index.js
init_define_LOGCHECK_PACKAGE();

// node_modules/chalk/source/vendor/ansi-styles/index.js
init_define_LOGCHECK_PACKAGE();
var ANSI_BACKGROUND_OFFSET = 10;
var wrapAnsi16 = (offset = 0) => (code) => `\x1B[${code + offset}m`;
var wrapAnsi256 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`;
var wrapAnsi16m = (offset = 0) => (red2, green2, blue2) => `\x1B[${38 + offset};2;${red2};${green2};${blue2}m`;
var styles = {
  modifier: {
    reset: [0, 0],
    // 21 isn't widely supported and 22 does the same thing
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    overline: [53, 55],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29]
  },
  color: {
    black: [30, 39],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    blue: [34, 39],
    magenta: [35, 39],
    cyan: [36, 39],
    white: [37, 39],
    // Bright color
    blackBright: [90, 39],
    gray: [90, 39],
    // Alias of `blackBright`
    grey: [90, 39],
    // Alias of `blackBright`
    redBright: [91, 39],
    greenBright: [92, 39],
    yellowBright: [93, 39],
    blueBright: [94, 39],
    magentaBright: [95, 39],
    cyanBright: [96, 39],
    whiteBright: [97, 39]
  },
  bgColor: {
    bgBlack: [40, 49],
    bgRed: [41, 49],
    bgGreen: [42, 49],
    bgYellow: [43, 49],
    bgBlue: [44, 49],
    bgMagenta: [45, 49],
    bgCyan: [46, 49],
    bgWhite: [47, 49],
    // Bright color
    bgBlackBright: [100, 49],
    bgGray: [100, 49],
    // Alias of `bgBlackBright`
    bgGrey: [100, 49],
    // Alias of `bgBlackBright`
    bgRedBright: [101, 49],
    bgGreenBright: [102, 49],
    bgYellowBright: [103, 49],
    bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49],
    bgWhiteBright: [107, 49]
  }
};
var modifierNames = Object.keys(styles.modifier);
var foregroundColorNames = Object.keys(styles.color);
var backgroundColorNames = Object.keys(styles.bgColor);
var colorNames = [...foregroundColorNames, ...backgroundColorNames];
function assembleStyles() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles, "codes", {
    value: codes,
    enumerable: false
  });
  styles.color.close = "\x1B[39m";
  styles.bgColor.close = "\x1B[49m";
  styles.color.ansi = wrapAnsi16();
  styles.color.ansi256 = wrapAnsi256();
  styles.color.ansi16m = wrapAnsi16m();
  styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
  Object.defineProperties(styles, {
    rgbToAnsi256: {
      value(red2, green2, blue2) {
        if (red2 === green2 && green2 === blue2) {
          if (red2 < 8) {
            return 16;
          }
          if (red2 > 248) {
            return 231;
          }
          return Math.round((red2 - 8) / 247 * 24) + 232;
        }
        return 16 + 36 * Math.round(red2 / 255 * 5) + 6 * Math.round(green2 / 255 * 5) + Math.round(blue2 / 255 * 5);
      },
      enumerable: false
    },
    hexToRgb: {
      value(hex) {
        const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
        if (!matches) {
          return [0, 0, 0];
        }
        let [colorString] = matches;
        if (colorString.length === 3) {
          colorString = [...colorString].map((character) => character + character).join("");
        }
        const integer = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer >> 16 & 255,
          integer >> 8 & 255,
          integer & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: false
    },
    hexToAnsi256: {
      value: (hex) => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
      enumerable: false
    },
    ansi256ToAnsi: {
      value(code) {
        if (code < 8) {
          return 30 + code;
        }
        if (code < 16) {
          return 90 + (code - 8);
        }
        let red2;
        let green2;
        let blue2;
        if (code >= 232) {
          red2 = ((code - 232) * 10 + 8) / 255;
          green2 = red2;
          blue2 = red2;
        } else {
          code -= 16;
          const remainder = code % 36;
          red2 = Math.floor(code / 36) / 5;
          green2 = Math.floor(remainder / 6) / 5;
          blue2 = remainder % 6 / 5;
        }
        const value = Math.max(red2, green2, blue2) * 2;
        if (value === 0) {
          return 30;
        }
        let result2 = 30 + (Math.round(blue2) << 2 | Math.round(green2) << 1 | Math.round(red2));
        if (value === 2) {
          result2 += 60;
        }
        return result2;
      },
      enumerable: false
    },
    rgbToAnsi: {
      value: (red2, green2, blue2) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red2, green2, blue2)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
      enumerable: false
    }
  });
  return styles;
}
var ansiStyles = assembleStyles();
var ansi_styles_default = ansiStyles;

// node_modules/chalk/source/vendor/supports-color/index.js
init_define_LOGCHECK_PACKAGE();
import process2 from "node:process";
import os from "node:os";
import tty from "node:tty";
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : process2.argv) {
  const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
  const position = argv.indexOf(prefix + flag);
  const terminatorPosition = argv.indexOf("--");
  return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
var { env } = process2;
var flagForceColor;
if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
  flagForceColor = 0;
} else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
  flagForceColor = 1;
}
function envForceColor() {
  if ("FORCE_COLOR" in env) {
    if (env.FORCE_COLOR === "true") {
      return 1;
    }
    if (env.FORCE_COLOR === "false") {
      return 0;
    }
    return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
  }
}
function translateLevel(level) {
  if (level === 0) {
    return false;
  }
  return {
    level,
    hasBasic: true,
    has256: level >= 2,
    has16m: level >= 3
  };
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
  const noFlagForceColor = envForceColor();
  if (noFlagForceColor !== void 0) {
    flagForceColor = noFlagForceColor;
  }
  const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
  if (forceColor === 0) {
    return 0;
  }
  if (sniffFlags) {
    if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
      return 3;
    }
    if (hasFlag("color=256")) {
      return 2;
    }
  }
  if ("TF_BUILD" in env && "AGENT_NAME" in env) {
    return 1;
  }
  if (haveStream && !streamIsTTY && forceColor === void 0) {
    return 0;
  }
  const min = forceColor || 0;
  if (env.TERM === "dumb") {
    return min;
  }
  if (process2.platform === "win32") {
    const osRelease = os.release().split(".");
    if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
      return Number(osRelease[2]) >= 14931 ? 3 : 2;
    }
    return 1;
  }
  if ("CI" in env) {
    if (["GITHUB_ACTIONS", "GITEA_ACTIONS", "CIRCLECI"].some((key) => key in env)) {
      return 3;
    }
    if (["TRAVIS", "APPVEYOR", "GITLAB_CI", "BUILDKITE", "DRONE"].some((sign) => sign in env) || env.CI_NAME === "codeship") {
      return 1;
    }
    return min;
  }
  if ("TEAMCITY_VERSION" in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
  }
  if (env.COLORTERM === "truecolor") {
    return 3;
  }
  if (env.TERM === "xterm-kitty") {
    return 3;
  }
  if (env.TERM === "xterm-ghostty") {
    return 3;
  }
  if (env.TERM === "wezterm") {
    return 3;
  }
  if ("TERM_PROGRAM" in env) {
    const version = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
    switch (env.TERM_PROGRAM) {
      case "iTerm.app": {
        return version >= 3 ? 3 : 2;
      }
      case "Apple_Terminal": {
        return 2;
      }
    }
  }
  if (/-256(color)?$/i.test(env.TERM)) {
    return 2;
  }
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
    return 1;
  }
  if ("COLORTERM" in env) {
    return 1;
  }
  return min;
}
function createSupportsColor(stream, options = {}) {
  const level = _supportsColor(stream, {
    streamIsTTY: stream && stream.isTTY,
    ...options
  });
  return translateLevel(level);
}
var supportsColor = {
  stdout: createSupportsColor({ isTTY: tty.isatty(1) }),
  stderr: createSupportsColor({ isTTY: tty.isatty(2) })
};
var supports_color_default = supportsColor;

// node_modules/chalk/source/utilities.js
init_define_LOGCHECK_PACKAGE();
function stringReplaceAll(string, substring, replacer) {
  let index = string.indexOf(substring);
  if (index === -1) {
    return string;
  }
  const substringLength = substring.length;
  let endIndex = 0;
  let returnValue = "";
  do {
    returnValue += string.slice(endIndex, index) + substring + replacer;
    endIndex = index + substringLength;
    index = string.indexOf(substring, endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}
function stringEncaseCRLFWithFirstIndex(string, prefix, postfix, index) {
  let endIndex = 0;
  let returnValue = "";
  do {
    const gotCR = string[index - 1] === "\r";
    returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? "\r\n" : "\n") + postfix;
    endIndex = index + 1;
    index = string.indexOf("\n", endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}

// node_modules/chalk/source/index.js
var { stdout: stdoutColor, stderr: stderrColor } = supports_color_default;
var GENERATOR = /* @__PURE__ */ Symbol("GENERATOR");
var STYLER = /* @__PURE__ */ Symbol("STYLER");
var IS_EMPTY = /* @__PURE__ */ Symbol("IS_EMPTY");
var levelMapping = [
  "ansi",
  "ansi",
  "ansi256",
  "ansi16m"
];
var styles2 = /* @__PURE__ */ Object.create(null);
var applyOptions = (object, options = {}) => {
  if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) {
    throw new Error("The `level` option should be an integer from 0 to 3");
  }
  const colorLevel = stdoutColor ? stdoutColor.level : 0;
  object.level = options.level === void 0 ? colorLevel : options.level;
};
var chalkFactory = (options) => {
  const chalk2 = (...strings) => strings.join(" ");
  applyOptions(chalk2, options);
  Object.setPrototypeOf(chalk2, createChalk.prototype);
  return chalk2;
};
function createChalk(options) {
  return chalkFactory(options);
}
Object.setPrototypeOf(createChalk.prototype, Function.prototype);
for (const [styleName, style] of Object.entries(ansi_styles_default)) {
  styles2[styleName] = {
    get() {
      const builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
      Object.defineProperty(this, styleName, { value: builder });
      return builder;
    }
  };
}
styles2.visible = {
  get() {
    const builder = createBuilder(this, this[STYLER], true);
    Object.defineProperty(this, "visible", { value: builder });
    return builder;
  }
};
var getModelAnsi = (model, level, type, ...arguments_) => {
  if (model === "rgb") {
    if (level === "ansi16m") {
      return ansi_styles_default[type].ansi16m(...arguments_);
    }
    if (level === "ansi256") {
      return ansi_styles_default[type].ansi256(ansi_styles_default.rgbToAnsi256(...arguments_));
    }
    return ansi_styles_default[type].ansi(ansi_styles_default.rgbToAnsi(...arguments_));
  }
  if (model === "hex") {
    return getModelAnsi("rgb", level, type, ...ansi_styles_default.hexToRgb(...arguments_));
  }
  return ansi_styles_default[type][model](...arguments_);
};
var usedModels = ["rgb", "hex", "ansi256"];
for (const model of usedModels) {
  styles2[model] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "color", ...arguments_), ansi_styles_default.color.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
  const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
  styles2[bgModel] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "bgColor", ...arguments_), ansi_styles_default.bgColor.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
}
var proto = Object.defineProperties(() => {
}, {
  ...styles2,
  level: {
    enumerable: true,
    get() {
      return this[GENERATOR].level;
    },
    set(level) {
      this[GENERATOR].level = level;
    }
  }
});
var createStyler = (open, close, parent) => {
  let openAll;
  let closeAll;
  if (parent === void 0) {
    openAll = open;
    closeAll = close;
  } else {
    openAll = parent.openAll + open;
    closeAll = close + parent.closeAll;
  }
  return {
    open,
    close,
    openAll,
    closeAll,
    parent
  };
};
var createBuilder = (self, _styler, _isEmpty) => {
  const builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
  Object.setPrototypeOf(builder, proto);
  builder[GENERATOR] = self;
  builder[STYLER] = _styler;
  builder[IS_EMPTY] = _isEmpty;
  return builder;
};
var applyStyle = (self, string) => {
  if (self.level <= 0 || !string) {
    return self[IS_EMPTY] ? "" : string;
  }
  let styler = self[STYLER];
  if (styler === void 0) {
    return string;
  }
  const { openAll, closeAll } = styler;
  if (string.includes("\x1B")) {
    while (styler !== void 0) {
      string = stringReplaceAll(string, styler.close, styler.open);
      styler = styler.parent;
    }
  }
  const lfIndex = string.indexOf("\n");
  if (lfIndex !== -1) {
    string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex);
  }
  return openAll + string + closeAll;
};
Object.defineProperties(createChalk.prototype, styles2);
var chalk = createChalk();
var chalkStderr = createChalk({ level: stderrColor ? stderrColor.level : 0 });
var source_default = chalk;

// node_modules/cli-cursor/index.js
init_define_LOGCHECK_PACKAGE();
import process5 from "node:process";

// node_modules/restore-cursor/index.js
init_define_LOGCHECK_PACKAGE();
import process4 from "node:process";

// node_modules/onetime/index.js
init_define_LOGCHECK_PACKAGE();

// node_modules/mimic-function/index.js
init_define_LOGCHECK_PACKAGE();
var copyProperty = (to, from, property, ignoreNonConfigurable) => {
  if (property === "length" || property === "prototype") {
    return;
  }
  if (property === "arguments" || property === "caller") {
    return;
  }
  const toDescriptor = Object.getOwnPropertyDescriptor(to, property);
  const fromDescriptor = Object.getOwnPropertyDescriptor(from, property);
  if (!canCopyProperty(toDescriptor, fromDescriptor) && ignoreNonConfigurable) {
    return;
  }
  Object.defineProperty(to, property, fromDescriptor);
};
var canCopyProperty = function(toDescriptor, fromDescriptor) {
  return toDescriptor === void 0 || toDescriptor.configurable || toDescriptor.writable === fromDescriptor.writable && toDescriptor.enumerable === fromDescriptor.enumerable && toDescriptor.configurable === fromDescriptor.configurable && (toDescriptor.writable || toDescriptor.value === fromDescriptor.value);
};
var changePrototype = (to, from) => {
  const fromPrototype = Object.getPrototypeOf(from);
  if (fromPrototype === Object.getPrototypeOf(to)) {
    return;
  }
  Object.setPrototypeOf(to, fromPrototype);
};
var wrappedToString = (withName, fromBody) => `/* Wrapped ${withName}*/
${fromBody}`;
var toStringDescriptor = Object.getOwnPropertyDescriptor(Function.prototype, "toString");
var toStringName = Object.getOwnPropertyDescriptor(Function.prototype.toString, "name");
var changeToString = (to, from, name) => {
  const withName = name === "" ? "" : `with ${name.trim()}() `;
  const newToString = wrappedToString.bind(null, withName, from.toString());
  Object.defineProperty(newToString, "name", toStringName);
  const { writable, enumerable, configurable } = toStringDescriptor;
  Object.defineProperty(to, "toString", { value: newToString, writable, enumerable, configurable });
};
function mimicFunction(to, from, { ignoreNonConfigurable = false } = {}) {
  const { name } = to;
  for (const property of Reflect.ownKeys(from)) {
    copyProperty(to, from, property, ignoreNonConfigurable);
  }
  changePrototype(to, from);
  changeToString(to, from, name);
  return to;
}

// node_modules/onetime/index.js
var calledFunctions = /* @__PURE__ */ new WeakMap();
var onetime = (function_, options = {}) => {
  if (typeof function_ !== "function") {
    throw new TypeError("Expected a function");
  }
  let returnValue;
  let callCount = 0;
  const functionName = function_.displayName || function_.name || "<anonymous>";
  const onetime2 = function(...arguments_) {
    calledFunctions.set(onetime2, ++callCount);
    if (callCount === 1) {
      returnValue = function_.apply(this, arguments_);
      function_ = void 0;
    } else if (options.throw === true) {
      throw new Error(`Function \`${functionName}\` can only be called once`);
    }
    return returnValue;
  };
  mimicFunction(onetime2, function_);
  calledFunctions.set(onetime2, callCount);
  return onetime2;
};
onetime.callCount = (function_) => {
  if (!calledFunctions.has(function_)) {
    throw new Error(`The given function \`${function_.name}\` is not wrapped by the \`onetime\` package`);
  }
  return calledFunctions.get(function_);
};
var onetime_default = onetime;

// node_modules/signal-exit/dist/mjs/index.js
init_define_LOGCHECK_PACKAGE();

// node_modules/signal-exit/dist/mjs/signals.js
init_define_LOGCHECK_PACKAGE();
var signals = [];
signals.push("SIGHUP", "SIGINT", "SIGTERM");
if (process.platform !== "win32") {
  signals.push(
    "SIGALRM",
    "SIGABRT",
    "SIGVTALRM",
    "SIGXCPU",
    "SIGXFSZ",
    "SIGUSR2",
    "SIGTRAP",
    "SIGSYS",
    "SIGQUIT",
    "SIGIOT"
    // should detect profiler and enable/disable accordingly.
    // see #21
    // 'SIGPROF'
  );
}
if (process.platform === "linux") {
  signals.push("SIGIO", "SIGPOLL", "SIGPWR", "SIGSTKFLT");
}

// node_modules/signal-exit/dist/mjs/index.js
var processOk = (process10) => !!process10 && typeof process10 === "object" && typeof process10.removeListener === "function" && typeof process10.emit === "function" && typeof process10.reallyExit === "function" && typeof process10.listeners === "function" && typeof process10.kill === "function" && typeof process10.pid === "number" && typeof process10.on === "function";
var kExitEmitter = /* @__PURE__ */ Symbol.for("signal-exit emitter");
var global = globalThis;
var ObjectDefineProperty = Object.defineProperty.bind(Object);
var Emitter = class {
  emitted = {
    afterExit: false,
    exit: false
  };
  listeners = {
    afterExit: [],
    exit: []
  };
  count = 0;
  id = Math.random();
  constructor() {
    if (global[kExitEmitter]) {
      return global[kExitEmitter];
    }
    ObjectDefineProperty(global, kExitEmitter, {
      value: this,
      writable: false,
      enumerable: false,
      configurable: false
    });
  }
  on(ev2, fn) {
    this.listeners[ev2].push(fn);
  }
  removeListener(ev2, fn) {
    const list3 = this.listeners[ev2];
    const i = list3.indexOf(fn);
    if (i === -1) {
      return;
    }
    if (i === 0 && list3.length === 1) {
      list3.length = 0;
    } else {
      list3.splice(i, 1);
    }
  }
  emit(ev2, code, signal) {
    if (this.emitted[ev2]) {
      return false;
    }
    this.emitted[ev2] = true;
    let ret = false;
    for (const fn of this.listeners[ev2]) {
      ret = fn(code, signal) === true || ret;
    }
    if (ev2 === "exit") {
      ret = this.emit("afterExit", code, signal) || ret;
    }
    return ret;
  }
};
var SignalExitBase = class {
};
var signalExitWrap = (handler) => {
  return {
    onExit(cb, opts) {
      return handler.onExit(cb, opts);
    },
    load() {
      return handler.load();
    },
    unload() {
      return handler.unload();
    }
  };
};
var SignalExitFallback = class extends SignalExitBase {
  onExit() {
    return () => {
    };
  }
  load() {
  }
  unload() {
  }
};
var SignalExit = class extends SignalExitBase {
  // "SIGHUP" throws an `ENOSYS` error on Windows,
  // so use a supported signal instead
  /* c8 ignore start */
  #hupSig = process3.platform === "win32" ? "SIGINT" : "SIGHUP";
  /* c8 ignore stop */
  #emitter = new Emitter();
  #process;
  #originalProcessEmit;
  #originalProcessReallyExit;
  #sigListeners = {};
  #loaded = false;
  constructor(process10) {
    super();
    this.#process = process10;
    this.#sigListeners = {};
    for (const sig of signals) {
      this.#sigListeners[sig] = () => {
        const listeners = this.#process.listeners(sig);
        let { count } = this.#emitter;
        const p = process10;
        if (typeof p.__signal_exit_emitter__ === "object" && typeof p.__signal_exit_emitter__.count === "number") {
          count += p.__signal_exit_emitter__.count;
        }
        if (listeners.length === count) {
          this.unload();
          const ret = this.#emitter.emit("exit", null, sig);
          const s = sig === "SIGHUP" ? this.#hupSig : sig;
          if (!ret)
            process10.kill(process10.pid, s);
        }
      };
    }
    this.#originalProcessReallyExit = process10.reallyExit;
    this.#originalProcessEmit = process10.emit;
  }
  onExit(cb, opts) {
    if (!processOk(this.#process)) {
      return () => {
      };
    }
    if (this.#loaded === false) {
      this.load();
    }
    const ev2 = opts?.alwaysLast ? "afterExit" : "exit";
    this.#emitter.on(ev2, cb);
    return () => {
      this.#emitter.removeListener(ev2, cb);
      if (this.#emitter.listeners["exit"].length === 0 && this.#emitter.listeners["afterExit"].length === 0) {
        this.unload();
      }
    };
  }
  load() {
    if (this.#loaded) {
      return;
    }
    this.#loaded = true;
    this.#emitter.count += 1;
    for (const sig of signals) {
      try {
        const fn = this.#sigListeners[sig];
        if (fn)
          this.#process.on(sig, fn);
      } catch (_) {
      }
    }
    this.#process.emit = (ev2, ...a) => {
      return this.#processEmit(ev2, ...a);
    };
    this.#process.reallyExit = (code) => {
      return this.#processReallyExit(code);
    };
  }
  unload() {
    if (!this.#loaded) {
      return;
    }
    this.#loaded = false;
    signals.forEach((sig) => {
      const listener = this.#sigListeners[sig];
      if (!listener) {
        throw new Error("Listener not defined for signal: " + sig);
      }
      try {
        this.#process.removeListener(sig, listener);
      } catch (_) {
      }
    });
    this.#process.emit = this.#originalProcessEmit;
    this.#process.reallyExit = this.#originalProcessReallyExit;
    this.#emitter.count -= 1;
  }
  #processReallyExit(code) {
    if (!processOk(this.#process)) {
      return 0;
    }
    this.#process.exitCode = code || 0;
    this.#emitter.emit("exit", this.#process.exitCode, null);
    return this.#originalProcessReallyExit.call(this.#process, this.#process.exitCode);
  }
  #processEmit(ev2, ...args) {
    const og = this.#originalProcessEmit;
    if (ev2 === "exit" && processOk(this.#process)) {
      if (typeof args[0] === "number") {
        this.#process.exitCode = args[0];
      }
      const ret = og.call(this.#process, ev2, ...args);
      this.#emitter.emit("exit", this.#process.exitCode, null);
      return ret;
    } else {
      return og.call(this.#process, ev2, ...args);
    }
  }
};
var process3 = globalThis.process;
var {
  /**
   * Called when the process is exiting, whether via signal, explicit
   * exit, or running out of stuff to do.
   *
   * If the global process object is not suitable for instrumentation,
   * then this will be a no-op.
   *
   * Returns a function that may be used to unload signal-exit.
   */
  onExit,
  /**
   * Load the listeners.  Likely you never need to call this, unless
   * doing a rather deep integration with signal-exit functionality.
   * Mostly exposed for the benefit of testing.
   *
   * @internal
   */
  load,
  /**
   * Unload the listeners.  Likely you never need to call this, unless
   * doing a rather deep integration with signal-exit functionality.
   * Mostly exposed for the benefit of testing.
   *
   * @internal
   */
  unload
} = signalExitWrap(processOk(process3) ? new SignalExit(process3) : new SignalExitFallback());

// node_modules/restore-cursor/index.js
var terminal = process4.stderr.isTTY ? process4.stderr : process4.stdout.isTTY ? process4.stdout : void 0;
var restoreCursor = terminal ? onetime_default(() => {
  onExit(() => {
    terminal.write("\x1B[?25h");
  }, { alwaysLast: true });
}) : () => {
};
var restore_cursor_default = restoreCursor;

// node_modules/cli-cursor/index.js
var isHidden = false;
var cliCursor = {};
cliCursor.show = (writableStream = process5.stderr) => {
  if (!writableStream.isTTY) {
    return;
  }
  isHidden = false;
  writableStream.write("\x1B[?25h");
};
cliCursor.hide = (writableStream = process5.stderr) => {
  if (!writableStream.isTTY) {
    return;
  }
  restore_cursor_default();
  isHidden = true;
  writableStream.write("\x1B[?25l");
};
cliCursor.toggle = (force, writableStream) => {
  if (force !== void 0) {
    isHidden = force;
  }
  if (isHidden) {
    cliCursor.show(writableStream);
  } else {
    cliCursor.hide(writableStream);
  }
};
var cli_cursor_default = cliCursor;

// node_modules/cli-spinners/index.js
init_define_LOGCHECK_PACKAGE();

// node_modules/cli-spinners/spinners.json
var spinners_default = {
  dots: {
    interval: 80,
    frames: [
      "\u280B",
      "\u2819",
      "\u2839",
      "\u2838",
      "\u283C",
      "\u2834",
      "\u2826",
      "\u2827",
      "\u2807",
      "\u280F"
    ]
  },
  dots2: {
    interval: 80,
    frames: [
      "\u28FE",
      "\u28FD",
      "\u28FB",
      "\u28BF",
      "\u287F",
      "\u28DF",
      "\u28EF",
      "\u28F7"
    ]
  },
  dots3: {
    interval: 80,
    frames: [
      "\u280B",
      "\u2819",
      "\u281A",
      "\u281E",
      "\u2816",
      "\u2826",
      "\u2834",
      "\u2832",
      "\u2833",
      "\u2813"
    ]
  },
  dots4: {
    interval: 80,
    frames: [
      "\u2804",
      "\u2806",
      "\u2807",
      "\u280B",
      "\u2819",
      "\u2838",
      "\u2830",
      "\u2820",
      "\u2830",
      "\u2838",
      "\u2819",
      "\u280B",
      "\u2807",
      "\u2806"
    ]
  },
  dots5: {
    interval: 80,
    frames: [
      "\u280B",
      "\u2819",
      "\u281A",
      "\u2812",
      "\u2802",
      "\u2802",
      "\u2812",
      "\u2832",
      "\u2834",
      "\u2826",
      "\u2816",
      "\u2812",
      "\u2810",
      "\u2810",
      "\u2812",
      "\u2813",
      "\u280B"
    ]
  },
  dots6: {
    interval: 80,
    frames: [
      "\u2801",
      "\u2809",
      "\u2819",
      "\u281A",
      "\u2812",
      "\u2802",
      "\u2802",
      "\u2812",
      "\u2832",
      "\u2834",
      "\u2824",
      "\u2804",
      "\u2804",
      "\u2824",
      "\u2834",
      "\u2832",
      "\u2812",
      "\u2802",
      "\u2802",
      "\u2812",
      "\u281A",
      "\u2819",
      "\u2809",
      "\u2801"
    ]
  },
  dots7: {
    interval: 80,
    frames: [
      "\u2808",
      "\u2809",
      "\u280B",
      "\u2813",
      "\u2812",
      "\u2810",
      "\u2810",
      "\u2812",
      "\u2816",
      "\u2826",
      "\u2824",
      "\u2820",
      "\u2820",
      "\u2824",
      "\u2826",
      "\u2816",
      "\u2812",
      "\u2810",
      "\u2810",
      "\u2812",
      "\u2813",
      "\u280B",
      "\u2809",
      "\u2808"
    ]
  },
  dots8: {
    interval: 80,
    frames: [
      "\u2801",
      "\u2801",
      "\u2809",
      "\u2819",
      "\u281A",
      "\u2812",
      "\u2802",
      "\u2802",
      "\u2812",
      "\u2832",
      "\u2834",
      "\u2824",
      "\u2804",
      "\u2804",
      "\u2824",
      "\u2820",
      "\u2820",
      "\u2824",
      "\u2826",
      "\u2816",
      "\u2812",
      "\u2810",
      "\u2810",
      "\u2812",
      "\u2813",
      "\u280B",
      "\u2809",
      "\u2808",
      "\u2808"
    ]
  },
  dots9: {
    interval: 80,
    frames: [
      "\u28B9",
      "\u28BA",
      "\u28BC",
      "\u28F8",
      "\u28C7",
      "\u2867",
      "\u2857",
      "\u284F"
    ]
  },
  dots10: {
    interval: 80,
    frames: [
      "\u2884",
      "\u2882",
      "\u2881",
      "\u2841",
      "\u2848",
      "\u2850",
      "\u2860"
    ]
  },
  dots11: {
    interval: 100,
    frames: [
      "\u2801",
      "\u2802",
      "\u2804",
      "\u2840",
      "\u2880",
      "\u2820",
      "\u2810",
      "\u2808"
    ]
  },
  dots12: {
    interval: 80,
    frames: [
      "\u2880\u2800",
      "\u2840\u2800",
      "\u2804\u2800",
      "\u2882\u2800",
      "\u2842\u2800",
      "\u2805\u2800",
      "\u2883\u2800",
      "\u2843\u2800",
      "\u280D\u2800",
      "\u288B\u2800",
      "\u284B\u2800",
      "\u280D\u2801",
      "\u288B\u2801",
      "\u284B\u2801",
      "\u280D\u2809",
      "\u280B\u2809",
      "\u280B\u2809",
      "\u2809\u2819",
      "\u2809\u2819",
      "\u2809\u2829",
      "\u2808\u2899",
      "\u2808\u2859",
      "\u2888\u2829",
      "\u2840\u2899",
      "\u2804\u2859",
      "\u2882\u2829",
      "\u2842\u2898",
      "\u2805\u2858",
      "\u2883\u2828",
      "\u2843\u2890",
      "\u280D\u2850",
      "\u288B\u2820",
      "\u284B\u2880",
      "\u280D\u2841",
      "\u288B\u2801",
      "\u284B\u2801",
      "\u280D\u2809",
      "\u280B\u2809",
      "\u280B\u2809",
      "\u2809\u2819",
      "\u2809\u2819",
      "\u2809\u2829",
      "\u2808\u2899",
      "\u2808\u2859",
      "\u2808\u2829",
      "\u2800\u2899",
      "\u2800\u2859",
      "\u2800\u2829",
      "\u2800\u2898",
      "\u2800\u2858",
      "\u2800\u2828",
      "\u2800\u2890",
      "\u2800\u2850",
      "\u2800\u2820",
      "\u2800\u2880",
      "\u2800\u2840"
    ]
  },
  dots13: {
    interval: 80,
    frames: [
      "\u28FC",
      "\u28F9",
      "\u28BB",
      "\u283F",
      "\u285F",
      "\u28CF",
      "\u28E7",
      "\u28F6"
    ]
  },
  dots14: {
    interval: 80,
    frames: [
      "\u2809\u2809",
      "\u2808\u2819",
      "\u2800\u2839",
      "\u2800\u28B8",
      "\u2800\u28F0",
      "\u2880\u28E0",
      "\u28C0\u28C0",
      "\u28C4\u2840",
      "\u28C6\u2800",
      "\u2847\u2800",
      "\u280F\u2800",
      "\u280B\u2801"
    ]
  },
  dots8Bit: {
    interval: 80,
    frames: [
      "\u2800",
      "\u2801",
      "\u2802",
      "\u2803",
      "\u2804",
      "\u2805",
      "\u2806",
      "\u2807",
      "\u2840",
      "\u2841",
      "\u2842",
      "\u2843",
      "\u2844",
      "\u2845",
      "\u2846",
      "\u2847",
      "\u2808",
      "\u2809",
      "\u280A",
      "\u280B",
      "\u280C",
      "\u280D",
      "\u280E",
      "\u280F",
      "\u2848",
      "\u2849",
      "\u284A",
      "\u284B",
      "\u284C",
      "\u284D",
      "\u284E",
      "\u284F",
      "\u2810",
      "\u2811",
      "\u2812",
      "\u2813",
      "\u2814",
      "\u2815",
      "\u2816",
      "\u2817",
      "\u2850",
      "\u2851",
      "\u2852",
      "\u2853",
      "\u2854",
      "\u2855",
      "\u2856",
      "\u2857",
      "\u2818",
      "\u2819",
      "\u281A",
      "\u281B",
      "\u281C",
      "\u281D",
      "\u281E",
      "\u281F",
      "\u2858",
      "\u2859",
      "\u285A",
      "\u285B",
      "\u285C",
      "\u285D",
      "\u285E",
      "\u285F",
      "\u2820",
      "\u2821",
      "\u2822",
      "\u2823",
      "\u2824",
      "\u2825",
      "\u2826",
      "\u2827",
      "\u2860",
      "\u2861",
      "\u2862",
      "\u2863",
      "\u2864",
      "\u2865",
      "\u2866",
      "\u2867",
      "\u2828",
      "\u2829",
      "\u282A",
      "\u282B",
      "\u282C",
      "\u282D",
      "\u282E",
      "\u282F",
      "\u2868",
      "\u2869",
      "\u286A",
      "\u286B",
      "\u286C",
      "\u286D",
      "\u286E",
      "\u286F",
      "\u2830",
      "\u2831",
      "\u2832",
      "\u2833",
      "\u2834",
      "\u2835",
      "\u2836",
      "\u2837",
      "\u2870",
      "\u2871",
      "\u2872",
      "\u2873",
      "\u2874",
      "\u2875",
      "\u2876",
      "\u2877",
      "\u2838",
      "\u2839",
      "\u283A",
      "\u283B",
      "\u283C",
      "\u283D",
      "\u283E",
      "\u283F",
      "\u2878",
      "\u2879",
      "\u287A",
      "\u287B",
      "\u287C",
      "\u287D",
      "\u287E",
      "\u287F",
      "\u2880",
      "\u2881",
      "\u2882",
      "\u2883",
      "\u2884",
      "\u2885",
      "\u2886",
      "\u2887",
      "\u28C0",
      "\u28C1",
      "\u28C2",
      "\u28C3",
      "\u28C4",
      "\u28C5",
      "\u28C6",
      "\u28C7",
      "\u2888",
      "\u2889",
      "\u288A",
      "\u288B",
      "\u288C",
      "\u288D",
      "\u288E",
      "\u288F",
      "\u28C8",
      "\u28C9",
      "\u28CA",
      "\u28CB",
      "\u28CC",
      "\u28CD",
      "\u28CE",
      "\u28CF",
      "\u2890",
      "\u2891",
      "\u2892",
      "\u2893",
      "\u2894",
      "\u2895",
      "\u2896",
      "\u2897",
      "\u28D0",
      "\u28D1",
      "\u28D2",
      "\u28D3",
      "\u28D4",
      "\u28D5",
      "\u28D6",
      "\u28D7",
      "\u2898",
      "\u2899",
      "\u289A",
      "\u289B",
      "\u289C",
      "\u289D",
      "\u289E",
      "\u289F",
      "\u28D8",
      "\u28D9",
      "\u28DA",
      "\u28DB",
      "\u28DC",
      "\u28DD",
      "\u28DE",
      "\u28DF",
      "\u28A0",
      "\u28A1",
      "\u28A2",
      "\u28A3",
      "\u28A4",
      "\u28A5",
      "\u28A6",
      "\u28A7",
      "\u28E0",
      "\u28E1",
      "\u28E2",
      "\u28E3",
      "\u28E4",
      "\u28E5",
      "\u28E6",
      "\u28E7",
      "\u28A8",
      "\u28A9",
      "\u28AA",
      "\u28AB",
      "\u28AC",
      "\u28AD",
      "\u28AE",
      "\u28AF",
      "\u28E8",
      "\u28E9",
      "\u28EA",
      "\u28EB",
      "\u28EC",
      "\u28ED",
      "\u28EE",
      "\u28EF",
      "\u28B0",
      "\u28B1",
      "\u28B2",
      "\u28B3",
      "\u28B4",
      "\u28B5",
      "\u28B6",
      "\u28B7",
      "\u28F0",
      "\u28F1",
      "\u28F2",
      "\u28F3",
      "\u28F4",
      "\u28F5",
      "\u28F6",
      "\u28F7",
      "\u28B8",
      "\u28B9",
      "\u28BA",
      "\u28BB",
      "\u28BC",
      "\u28BD",
      "\u28BE",
      "\u28BF",
      "\u28F8",
      "\u28F9",
      "\u28FA",
      "\u28FB",
      "\u28FC",
      "\u28FD",
      "\u28FE",
      "\u28FF"
    ]
  },
  dotsCircle: {
    interval: 80,
    frames: [
      "\u288E ",
      "\u280E\u2801",
      "\u280A\u2811",
      "\u2808\u2831",
      " \u2871",
      "\u2880\u2870",
      "\u2884\u2860",
      "\u2886\u2840"
    ]
  },
  sand: {
    interval: 80,
    frames: [
      "\u2801",
      "\u2802",
      "\u2804",
      "\u2840",
      "\u2848",
      "\u2850",
      "\u2860",
      "\u28C0",
      "\u28C1",
      "\u28C2",
      "\u28C4",
      "\u28CC",
      "\u28D4",
      "\u28E4",
      "\u28E5",
      "\u28E6",
      "\u28EE",
      "\u28F6",
      "\u28F7",
      "\u28FF",
      "\u287F",
      "\u283F",
      "\u289F",
      "\u281F",
      "\u285B",
      "\u281B",
      "\u282B",
      "\u288B",
      "\u280B",
      "\u280D",
      "\u2849",
      "\u2809",
      "\u2811",
      "\u2821",
      "\u2881"
    ]
  },
  line: {
    interval: 130,
    frames: [
      "-",
      "\\",
      "|",
      "/"
    ]
  },
  line2: {
    interval: 100,
    frames: [
      "\u2802",
      "-",
      "\u2013",
      "\u2014",
      "\u2013",
      "-"
    ]
  },
  rollingLine: {
    interval: 80,
    frames: [
      "/  ",
      " - ",
      " \\ ",
      "  |",
      "  |",
      " \\ ",
      " - ",
      "/  "
    ]
  },
  pipe: {
    interval: 100,
    frames: [
      "\u2524",
      "\u2518",
      "\u2534",
      "\u2514",
      "\u251C",
      "\u250C",
      "\u252C",
      "\u2510"
    ]
  },
  simpleDots: {
    interval: 400,
    frames: [
      ".  ",
      ".. ",
      "...",
      "   "
    ]
  },
  simpleDotsScrolling: {
    interval: 200,
    frames: [
      ".  ",
      ".. ",
      "...",
      " ..",
      "  .",
      "   "
    ]
  },
  star: {
    interval: 70,
    frames: [
      "\u2736",
      "\u2738",
      "\u2739",
      "\u273A",
      "\u2739",
      "\u2737"
    ]
  },
  star2: {
    interval: 80,
    frames: [
      "+",
      "x",
      "*"
    ]
  },
  flip: {
    interval: 70,
    frames: [
      "_",
      "_",
      "_",
      "-",
      "`",
      "`",
      "'",
      "\xB4",
      "-",
      "_",
      "_",
      "_"
    ]
  },
  hamburger: {
    interval: 100,
    frames: [
      "\u2631",
      "\u2632",
      "\u2634"
    ]
  },
  growVertical: {
    interval: 120,
    frames: [
      "\u2581",
      "\u2583",
      "\u2584",
      "\u2585",
      "\u2586",
      "\u2587",
      "\u2586",
      "\u2585",
      "\u2584",
      "\u2583"
    ]
  },
  growHorizontal: {
    interval: 120,
    frames: [
      "\u258F",
      "\u258E",
      "\u258D",
      "\u258C",
      "\u258B",
      "\u258A",
      "\u2589",
      "\u258A",
      "\u258B",
      "\u258C",
      "\u258D",
      "\u258E"
    ]
  },
  balloon: {
    interval: 140,
    frames: [
      " ",
      ".",
      "o",
      "O",
      "@",
      "*",
      " "
    ]
  },
  balloon2: {
    interval: 120,
    frames: [
      ".",
      "o",
      "O",
      "\xB0",
      "O",
      "o",
      "."
    ]
  },
  noise: {
    interval: 100,
    frames: [
      "\u2593",
      "\u2592",
      "\u2591"
    ]
  },
  bounce: {
    interval: 120,
    frames: [
      "\u2801",
      "\u2802",
      "\u2804",
      "\u2802"
    ]
  },
  boxBounce: {
    interval: 120,
    frames: [
      "\u2596",
      "\u2598",
      "\u259D",
      "\u2597"
    ]
  },
  boxBounce2: {
    interval: 100,
    frames: [
      "\u258C",
      "\u2580",
      "\u2590",
      "\u2584"
    ]
  },
  triangle: {
    interval: 50,
    frames: [
      "\u25E2",
      "\u25E3",
      "\u25E4",
      "\u25E5"
    ]
  },
  binary: {
    interval: 80,
    frames: [
      "010010",
      "001100",
      "100101",
      "111010",
      "111101",
      "010111",
      "101011",
      "111000",
      "110011",
      "110101"
    ]
  },
  arc: {
    interval: 100,
    frames: [
      "\u25DC",
      "\u25E0",
      "\u25DD",
      "\u25DE",
      "\u25E1",
      "\u25DF"
    ]
  },
  circle: {
    interval: 120,
    frames: [
      "\u25E1",
      "\u2299",
      "\u25E0"
    ]
  },
  squareCorners: {
    interval: 180,
    frames: [
      "\u25F0",
      "\u25F3",
      "\u25F2",
      "\u25F1"
    ]
  },
  circleQuarters: {
    interval: 120,
    frames: [
      "\u25F4",
      "\u25F7",
      "\u25F6",
      "\u25F5"
    ]
  },
  circleHalves: {
    interval: 50,
    frames: [
      "\u25D0",
      "\u25D3",
      "\u25D1",
      "\u25D2"
    ]
  },
  squish: {
    interval: 100,
    frames: [
      "\u256B",
      "\u256A"
    ]
  },
  toggle: {
    interval: 250,
    frames: [
      "\u22B6",
      "\u22B7"
    ]
  },
  toggle2: {
    interval: 80,
    frames: [
      "\u25AB",
      "\u25AA"
    ]
  },
  toggle3: {
    interval: 120,
    frames: [
      "\u25A1",
      "\u25A0"
    ]
  },
  toggle4: {
    interval: 100,
    frames: [
      "\u25A0",
      "\u25A1",
      "\u25AA",
      "\u25AB"
    ]
  },
  toggle5: {
    interval: 100,
    frames: [
      "\u25AE",
      "\u25AF"
    ]
  },
  toggle6: {
    interval: 300,
    frames: [
      "\u101D",
      "\u1040"
    ]
  },
  toggle7: {
    interval: 80,
    frames: [
      "\u29BE",
      "\u29BF"
    ]
  },
  toggle8: {
    interval: 100,
    frames: [
      "\u25CD",
      "\u25CC"
    ]
  },
  toggle9: {
    interval: 100,
    frames: [
      "\u25C9",
      "\u25CE"
    ]
  },
  toggle10: {
    interval: 100,
    frames: [
      "\u3282",
      "\u3280",
      "\u3281"
    ]
  },
  toggle11: {
    interval: 50,
    frames: [
      "\u29C7",
      "\u29C6"
    ]
  },
  toggle12: {
    interval: 120,
    frames: [
      "\u2617",
      "\u2616"
    ]
  },
  toggle13: {
    interval: 80,
    frames: [
      "=",
      "*",
      "-"
    ]
  },
  arrow: {
    interval: 100,
    frames: [
      "\u2190",
      "\u2196",
      "\u2191",
      "\u2197",
      "\u2192",
      "\u2198",
      "\u2193",
      "\u2199"
    ]
  },
  arrow2: {
    interval: 80,
    frames: [
      "\u2B06\uFE0F ",
      "\u2197\uFE0F ",
      "\u27A1\uFE0F ",
      "\u2198\uFE0F ",
      "\u2B07\uFE0F ",
      "\u2199\uFE0F ",
      "\u2B05\uFE0F ",
      "\u2196\uFE0F "
    ]
  },
  arrow3: {
    interval: 120,
    frames: [
      "\u25B9\u25B9\u25B9\u25B9\u25B9",
      "\u25B8\u25B9\u25B9\u25B9\u25B9",
      "\u25B9\u25B8\u25B9\u25B9\u25B9",
      "\u25B9\u25B9\u25B8\u25B9\u25B9",
      "\u25B9\u25B9\u25B9\u25B8\u25B9",
      "\u25B9\u25B9\u25B9\u25B9\u25B8"
    ]
  },
  bouncingBar: {
    interval: 80,
    frames: [
      "[    ]",
      "[=   ]",
      "[==  ]",
      "[=== ]",
      "[====]",
      "[ ===]",
      "[  ==]",
      "[   =]",
      "[    ]",
      "[   =]",
      "[  ==]",
      "[ ===]",
      "[====]",
      "[=== ]",
      "[==  ]",
      "[=   ]"
    ]
  },
  bouncingBall: {
    interval: 80,
    frames: [
      "( \u25CF    )",
      "(  \u25CF   )",
      "(   \u25CF  )",
      "(    \u25CF )",
      "(     \u25CF)",
      "(    \u25CF )",
      "(   \u25CF  )",
      "(  \u25CF   )",
      "( \u25CF    )",
      "(\u25CF     )"
    ]
  },
  smiley: {
    interval: 200,
    frames: [
      "\u{1F604} ",
      "\u{1F61D} "
    ]
  },
  monkey: {
    interval: 300,
    frames: [
      "\u{1F648} ",
      "\u{1F648} ",
      "\u{1F649} ",
      "\u{1F64A} "
    ]
  },
  hearts: {
    interval: 100,
    frames: [
      "\u{1F49B} ",
      "\u{1F499} ",
      "\u{1F49C} ",
      "\u{1F49A} ",
      "\u{1F497} "
    ]
  },
  clock: {
    interval: 100,
    frames: [
      "\u{1F55B} ",
      "\u{1F550} ",
      "\u{1F551} ",
      "\u{1F552} ",
      "\u{1F553} ",
      "\u{1F554} ",
      "\u{1F555} ",
      "\u{1F556} ",
      "\u{1F557} ",
      "\u{1F558} ",
      "\u{1F559} ",
      "\u{1F55A} "
    ]
  },
  earth: {
    interval: 180,
    frames: [
      "\u{1F30D} ",
      "\u{1F30E} ",
      "\u{1F30F} "
    ]
  },
  material: {
    interval: 17,
    frames: [
      "\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581",
      "\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581",
      "\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581",
      "\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581",
      "\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581",
      "\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581",
      "\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581",
      "\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581",
      "\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581",
      "\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581",
      "\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588",
      "\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588",
      "\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588",
      "\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588",
      "\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588",
      "\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588",
      "\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588",
      "\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588",
      "\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588",
      "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581",
      "\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581\u2581",
      "\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581\u2581",
      "\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581",
      "\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581\u2581",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581\u2581",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2581",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588\u2588\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2588",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581",
      "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581"
    ]
  },
  moon: {
    interval: 80,
    frames: [
      "\u{1F311} ",
      "\u{1F312} ",
      "\u{1F313} ",
      "\u{1F314} ",
      "\u{1F315} ",
      "\u{1F316} ",
      "\u{1F317} ",
      "\u{1F318} "
    ]
  },
  runner: {
    interval: 140,
    frames: [
      "\u{1F6B6} ",
      "\u{1F3C3} "
    ]
  },
  pong: {
    interval: 80,
    frames: [
      "\u2590\u2802       \u258C",
      "\u2590\u2808       \u258C",
      "\u2590 \u2802      \u258C",
      "\u2590 \u2820      \u258C",
      "\u2590  \u2840     \u258C",
      "\u2590  \u2820     \u258C",
      "\u2590   \u2802    \u258C",
      "\u2590   \u2808    \u258C",
      "\u2590    \u2802   \u258C",
      "\u2590    \u2820   \u258C",
      "\u2590     \u2840  \u258C",
      "\u2590     \u2820  \u258C",
      "\u2590      \u2802 \u258C",
      "\u2590      \u2808 \u258C",
      "\u2590       \u2802\u258C",
      "\u2590       \u2820\u258C",
      "\u2590       \u2840\u258C",
      "\u2590      \u2820 \u258C",
      "\u2590      \u2802 \u258C",
      "\u2590     \u2808  \u258C",
      "\u2590     \u2802  \u258C",
      "\u2590    \u2820   \u258C",
      "\u2590    \u2840   \u258C",
      "\u2590   \u2820    \u258C",
      "\u2590   \u2802    \u258C",
      "\u2590  \u2808     \u258C",
      "\u2590  \u2802     \u258C",
      "\u2590 \u2820      \u258C",
      "\u2590 \u2840      \u258C",
      "\u2590\u2820       \u258C"
    ]
  },
  shark: {
    interval: 120,
    frames: [
      "\u2590|\\____________\u258C",
      "\u2590_|\\___________\u258C",
      "\u2590__|\\__________\u258C",
      "\u2590___|\\_________\u258C",
      "\u2590____|\\________\u258C",
      "\u2590_____|\\_______\u258C",
      "\u2590______|\\______\u258C",
      "\u2590_______|\\_____\u258C",
      "\u2590________|\\____\u258C",
      "\u2590_________|\\___\u258C",
      "\u2590__________|\\__\u258C",
      "\u2590___________|\\_\u258C",
      "\u2590____________|\\\u258C",
      "\u2590____________/|\u258C",
      "\u2590___________/|_\u258C",
      "\u2590__________/|__\u258C",
      "\u2590_________/|___\u258C",
      "\u2590________/|____\u258C",
      "\u2590_______/|_____\u258C",
      "\u2590______/|______\u258C",
      "\u2590_____/|_______\u258C",
      "\u2590____/|________\u258C",
      "\u2590___/|_________\u258C",
      "\u2590__/|__________\u258C",
      "\u2590_/|___________\u258C",
      "\u2590/|____________\u258C"
    ]
  },
  dqpb: {
    interval: 100,
    frames: [
      "d",
      "q",
      "p",
      "b"
    ]
  },
  weather: {
    interval: 100,
    frames: [
      "\u2600\uFE0F ",
      "\u2600\uFE0F ",
      "\u2600\uFE0F ",
      "\u{1F324} ",
      "\u26C5\uFE0F ",
      "\u{1F325} ",
      "\u2601\uFE0F ",
      "\u{1F327} ",
      "\u{1F328} ",
      "\u{1F327} ",
      "\u{1F328} ",
      "\u{1F327} ",
      "\u{1F328} ",
      "\u26C8 ",
      "\u{1F328} ",
      "\u{1F327} ",
      "\u{1F328} ",
      "\u2601\uFE0F ",
      "\u{1F325} ",
      "\u26C5\uFE0F ",
      "\u{1F324} ",
      "\u2600\uFE0F ",
      "\u2600\uFE0F "
    ]
  },
  christmas: {
    interval: 400,
    frames: [
      "\u{1F332}",
      "\u{1F384}"
    ]
  },
  grenade: {
    interval: 80,
    frames: [
      "\u060C  ",
      "\u2032  ",
      " \xB4 ",
      " \u203E ",
      "  \u2E0C",
      "  \u2E0A",
      "  |",
      "  \u204E",
      "  \u2055",
      " \u0DF4 ",
      "  \u2053",
      "   ",
      "   ",
      "   "
    ]
  },
  point: {
    interval: 125,
    frames: [
      "\u2219\u2219\u2219",
      "\u25CF\u2219\u2219",
      "\u2219\u25CF\u2219",
      "\u2219\u2219\u25CF",
      "\u2219\u2219\u2219"
    ]
  },
  layer: {
    interval: 150,
    frames: [
      "-",
      "=",
      "\u2261"
    ]
  },
  betaWave: {
    interval: 80,
    frames: [
      "\u03C1\u03B2\u03B2\u03B2\u03B2\u03B2\u03B2",
      "\u03B2\u03C1\u03B2\u03B2\u03B2\u03B2\u03B2",
      "\u03B2\u03B2\u03C1\u03B2\u03B2\u03B2\u03B2",
      "\u03B2\u03B2\u03B2\u03C1\u03B2\u03B2\u03B2",
      "\u03B2\u03B2\u03B2\u03B2\u03C1\u03B2\u03B2",
      "\u03B2\u03B2\u03B2\u03B2\u03B2\u03C1\u03B2",
      "\u03B2\u03B2\u03B2\u03B2\u03B2\u03B2\u03C1"
    ]
  },
  fingerDance: {
    interval: 160,
    frames: [
      "\u{1F918} ",
      "\u{1F91F} ",
      "\u{1F596} ",
      "\u270B ",
      "\u{1F91A} ",
      "\u{1F446} "
    ]
  },
  fistBump: {
    interval: 80,
    frames: [
      "\u{1F91C}\u3000\u3000\u3000\u3000\u{1F91B} ",
      "\u{1F91C}\u3000\u3000\u3000\u3000\u{1F91B} ",
      "\u{1F91C}\u3000\u3000\u3000\u3000\u{1F91B} ",
      "\u3000\u{1F91C}\u3000\u3000\u{1F91B}\u3000 ",
      "\u3000\u3000\u{1F91C}\u{1F91B}\u3000\u3000 ",
      "\u3000\u{1F91C}\u2728\u{1F91B}\u3000\u3000 ",
      "\u{1F91C}\u3000\u2728\u3000\u{1F91B}\u3000 "
    ]
  },
  soccerHeader: {
    interval: 80,
    frames: [
      " \u{1F9D1}\u26BD\uFE0F       \u{1F9D1} ",
      "\u{1F9D1}  \u26BD\uFE0F      \u{1F9D1} ",
      "\u{1F9D1}   \u26BD\uFE0F     \u{1F9D1} ",
      "\u{1F9D1}    \u26BD\uFE0F    \u{1F9D1} ",
      "\u{1F9D1}     \u26BD\uFE0F   \u{1F9D1} ",
      "\u{1F9D1}      \u26BD\uFE0F  \u{1F9D1} ",
      "\u{1F9D1}       \u26BD\uFE0F\u{1F9D1}  ",
      "\u{1F9D1}      \u26BD\uFE0F  \u{1F9D1} ",
      "\u{1F9D1}     \u26BD\uFE0F   \u{1F9D1} ",
      "\u{1F9D1}    \u26BD\uFE0F    \u{1F9D1} ",
      "\u{1F9D1}   \u26BD\uFE0F     \u{1F9D1} ",
      "\u{1F9D1}  \u26BD\uFE0F      \u{1F9D1} "
    ]
  },
  mindblown: {
    interval: 160,
    frames: [
      "\u{1F610} ",
      "\u{1F610} ",
      "\u{1F62E} ",
      "\u{1F62E} ",
      "\u{1F626} ",
      "\u{1F626} ",
      "\u{1F627} ",
      "\u{1F627} ",
      "\u{1F92F} ",
      "\u{1F4A5} ",
      "\u2728 ",
      "\u3000 ",
      "\u3000 ",
      "\u3000 "
    ]
  },
  speaker: {
    interval: 160,
    frames: [
      "\u{1F508} ",
      "\u{1F509} ",
      "\u{1F50A} ",
      "\u{1F509} "
    ]
  },
  orangePulse: {
    interval: 100,
    frames: [
      "\u{1F538} ",
      "\u{1F536} ",
      "\u{1F7E0} ",
      "\u{1F7E0} ",
      "\u{1F536} "
    ]
  },
  bluePulse: {
    interval: 100,
    frames: [
      "\u{1F539} ",
      "\u{1F537} ",
      "\u{1F535} ",
      "\u{1F535} ",
      "\u{1F537} "
    ]
  },
  orangeBluePulse: {
    interval: 100,
    frames: [
      "\u{1F538} ",
      "\u{1F536} ",
      "\u{1F7E0} ",
      "\u{1F7E0} ",
      "\u{1F536} ",
      "\u{1F539} ",
      "\u{1F537} ",
      "\u{1F535} ",
      "\u{1F535} ",
      "\u{1F537} "
    ]
  },
  timeTravel: {
    interval: 100,
    frames: [
      "\u{1F55B} ",
      "\u{1F55A} ",
      "\u{1F559} ",
      "\u{1F558} ",
      "\u{1F557} ",
      "\u{1F556} ",
      "\u{1F555} ",
      "\u{1F554} ",
      "\u{1F553} ",
      "\u{1F552} ",
      "\u{1F551} ",
      "\u{1F550} "
    ]
  },
  aesthetic: {
    interval: 80,
    frames: [
      "\u25B0\u25B1\u25B1\u25B1\u25B1\u25B1\u25B1",
      "\u25B0\u25B0\u25B1\u25B1\u25B1\u25B1\u25B1",
      "\u25B0\u25B0\u25B0\u25B1\u25B1\u25B1\u25B1",
      "\u25B0\u25B0\u25B0\u25B0\u25B1\u25B1\u25B1",
      "\u25B0\u25B0\u25B0\u25B0\u25B0\u25B1\u25B1",
      "\u25B0\u25B0\u25B0\u25B0\u25B0\u25B0\u25B1",
      "\u25B0\u25B0\u25B0\u25B0\u25B0\u25B0\u25B0",
      "\u25B0\u25B1\u25B1\u25B1\u25B1\u25B1\u25B1"
    ]
  },
  dwarfFortress: {
    interval: 80,
    frames: [
      " \u2588\u2588\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "\u263A\u2588\u2588\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "\u263A\u2588\u2588\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "\u263A\u2593\u2588\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "\u263A\u2593\u2588\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "\u263A\u2592\u2588\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "\u263A\u2592\u2588\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "\u263A\u2591\u2588\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "\u263A\u2591\u2588\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "\u263A \u2588\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      " \u263A\u2588\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      " \u263A\u2588\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      " \u263A\u2593\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      " \u263A\u2593\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      " \u263A\u2592\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      " \u263A\u2592\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      " \u263A\u2591\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      " \u263A\u2591\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      " \u263A \u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "  \u263A\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "  \u263A\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "  \u263A\u2593\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "  \u263A\u2593\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "  \u263A\u2592\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "  \u263A\u2592\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "  \u263A\u2591\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "  \u263A\u2591\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "  \u263A \u2588\u2588\u2588\xA3\xA3\xA3  ",
      "   \u263A\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "   \u263A\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "   \u263A\u2593\u2588\u2588\xA3\xA3\xA3  ",
      "   \u263A\u2593\u2588\u2588\xA3\xA3\xA3  ",
      "   \u263A\u2592\u2588\u2588\xA3\xA3\xA3  ",
      "   \u263A\u2592\u2588\u2588\xA3\xA3\xA3  ",
      "   \u263A\u2591\u2588\u2588\xA3\xA3\xA3  ",
      "   \u263A\u2591\u2588\u2588\xA3\xA3\xA3  ",
      "   \u263A \u2588\u2588\xA3\xA3\xA3  ",
      "    \u263A\u2588\u2588\xA3\xA3\xA3  ",
      "    \u263A\u2588\u2588\xA3\xA3\xA3  ",
      "    \u263A\u2593\u2588\xA3\xA3\xA3  ",
      "    \u263A\u2593\u2588\xA3\xA3\xA3  ",
      "    \u263A\u2592\u2588\xA3\xA3\xA3  ",
      "    \u263A\u2592\u2588\xA3\xA3\xA3  ",
      "    \u263A\u2591\u2588\xA3\xA3\xA3  ",
      "    \u263A\u2591\u2588\xA3\xA3\xA3  ",
      "    \u263A \u2588\xA3\xA3\xA3  ",
      "     \u263A\u2588\xA3\xA3\xA3  ",
      "     \u263A\u2588\xA3\xA3\xA3  ",
      "     \u263A\u2593\xA3\xA3\xA3  ",
      "     \u263A\u2593\xA3\xA3\xA3  ",
      "     \u263A\u2592\xA3\xA3\xA3  ",
      "     \u263A\u2592\xA3\xA3\xA3  ",
      "     \u263A\u2591\xA3\xA3\xA3  ",
      "     \u263A\u2591\xA3\xA3\xA3  ",
      "     \u263A \xA3\xA3\xA3  ",
      "      \u263A\xA3\xA3\xA3  ",
      "      \u263A\xA3\xA3\xA3  ",
      "      \u263A\u2593\xA3\xA3  ",
      "      \u263A\u2593\xA3\xA3  ",
      "      \u263A\u2592\xA3\xA3  ",
      "      \u263A\u2592\xA3\xA3  ",
      "      \u263A\u2591\xA3\xA3  ",
      "      \u263A\u2591\xA3\xA3  ",
      "      \u263A \xA3\xA3  ",
      "       \u263A\xA3\xA3  ",
      "       \u263A\xA3\xA3  ",
      "       \u263A\u2593\xA3  ",
      "       \u263A\u2593\xA3  ",
      "       \u263A\u2592\xA3  ",
      "       \u263A\u2592\xA3  ",
      "       \u263A\u2591\xA3  ",
      "       \u263A\u2591\xA3  ",
      "       \u263A \xA3  ",
      "        \u263A\xA3  ",
      "        \u263A\xA3  ",
      "        \u263A\u2593  ",
      "        \u263A\u2593  ",
      "        \u263A\u2592  ",
      "        \u263A\u2592  ",
      "        \u263A\u2591  ",
      "        \u263A\u2591  ",
      "        \u263A   ",
      "        \u263A  &",
      "        \u263A \u263C&",
      "       \u263A \u263C &",
      "       \u263A\u263C  &",
      "      \u263A\u263C  & ",
      "      \u203C   & ",
      "     \u263A   &  ",
      "    \u203C    &  ",
      "   \u263A    &   ",
      "  \u203C     &   ",
      " \u263A     &    ",
      "\u203C      &    ",
      "      &     ",
      "      &     ",
      "     &   \u2591  ",
      "     &   \u2592  ",
      "    &    \u2593  ",
      "    &    \xA3  ",
      "   &    \u2591\xA3  ",
      "   &    \u2592\xA3  ",
      "  &     \u2593\xA3  ",
      "  &     \xA3\xA3  ",
      " &     \u2591\xA3\xA3  ",
      " &     \u2592\xA3\xA3  ",
      "&      \u2593\xA3\xA3  ",
      "&      \xA3\xA3\xA3  ",
      "      \u2591\xA3\xA3\xA3  ",
      "      \u2592\xA3\xA3\xA3  ",
      "      \u2593\xA3\xA3\xA3  ",
      "      \u2588\xA3\xA3\xA3  ",
      "     \u2591\u2588\xA3\xA3\xA3  ",
      "     \u2592\u2588\xA3\xA3\xA3  ",
      "     \u2593\u2588\xA3\xA3\xA3  ",
      "     \u2588\u2588\xA3\xA3\xA3  ",
      "    \u2591\u2588\u2588\xA3\xA3\xA3  ",
      "    \u2592\u2588\u2588\xA3\xA3\xA3  ",
      "    \u2593\u2588\u2588\xA3\xA3\xA3  ",
      "    \u2588\u2588\u2588\xA3\xA3\xA3  ",
      "   \u2591\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "   \u2592\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "   \u2593\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "   \u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "  \u2591\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "  \u2592\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "  \u2593\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      "  \u2588\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      " \u2591\u2588\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      " \u2592\u2588\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      " \u2593\u2588\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      " \u2588\u2588\u2588\u2588\u2588\u2588\xA3\xA3\xA3  ",
      " \u2588\u2588\u2588\u2588\u2588\u2588\xA3\xA3\xA3  "
    ]
  },
  fish: {
    interval: 80,
    frames: [
      "~~~~~~~~~~~~~~~~~~~~",
      "> ~~~~~~~~~~~~~~~~~~",
      "\xBA> ~~~~~~~~~~~~~~~~~",
      "(\xBA> ~~~~~~~~~~~~~~~~",
      "((\xBA> ~~~~~~~~~~~~~~~",
      "<((\xBA> ~~~~~~~~~~~~~~",
      "><((\xBA> ~~~~~~~~~~~~~",
      " ><((\xBA> ~~~~~~~~~~~~",
      "~ ><((\xBA> ~~~~~~~~~~~",
      "~~ <>((\xBA> ~~~~~~~~~~",
      "~~~ ><((\xBA> ~~~~~~~~~",
      "~~~~ <>((\xBA> ~~~~~~~~",
      "~~~~~ ><((\xBA> ~~~~~~~",
      "~~~~~~ <>((\xBA> ~~~~~~",
      "~~~~~~~ ><((\xBA> ~~~~~",
      "~~~~~~~~ <>((\xBA> ~~~~",
      "~~~~~~~~~ ><((\xBA> ~~~",
      "~~~~~~~~~~ <>((\xBA> ~~",
      "~~~~~~~~~~~ ><((\xBA> ~",
      "~~~~~~~~~~~~ <>((\xBA> ",
      "~~~~~~~~~~~~~ ><((\xBA>",
      "~~~~~~~~~~~~~~ <>((\xBA",
      "~~~~~~~~~~~~~~~ ><((",
      "~~~~~~~~~~~~~~~~ <>(",
      "~~~~~~~~~~~~~~~~~ ><",
      "~~~~~~~~~~~~~~~~~~ <",
      "~~~~~~~~~~~~~~~~~~~~"
    ]
  }
};

// node_modules/cli-spinners/index.js
var cli_spinners_default = spinners_default;
var spinnersList = Object.keys(spinners_default);

// node_modules/log-symbols/index.js
init_define_LOGCHECK_PACKAGE();

// node_modules/log-symbols/symbols.js
var symbols_exports = {};
__export(symbols_exports, {
  error: () => error,
  info: () => info,
  success: () => success,
  warning: () => warning
});
init_define_LOGCHECK_PACKAGE();

// node_modules/yoctocolors/base.js
init_define_LOGCHECK_PACKAGE();
import tty2 from "node:tty";
var hasColors = tty2?.WriteStream?.prototype?.hasColors?.() ?? false;
var format = (open, close) => {
  if (!hasColors) {
    return (input) => input;
  }
  const openCode = `\x1B[${open}m`;
  const closeCode = `\x1B[${close}m`;
  return (input) => {
    const string = input + "";
    let index = string.indexOf(closeCode);
    if (index === -1) {
      return openCode + string + closeCode;
    }
    let result2 = openCode;
    let lastIndex = 0;
    const reopenOnNestedClose = close === 22;
    const replaceCode = (reopenOnNestedClose ? closeCode : "") + openCode;
    while (index !== -1) {
      result2 += string.slice(lastIndex, index) + replaceCode;
      lastIndex = index + closeCode.length;
      index = string.indexOf(closeCode, lastIndex);
    }
    result2 += string.slice(lastIndex) + closeCode;
    return result2;
  };
};
var reset = format(0, 0);
var bold = format(1, 22);
var dim = format(2, 22);
var italic = format(3, 23);
var underline = format(4, 24);
var underlineDouble = format("4:2", 24);
var underlineCurly = format("4:3", 24);
var underlineDotted = format("4:4", 24);
var underlineDashed = format("4:5", 24);
var overline = format(53, 55);
var inverse = format(7, 27);
var hidden = format(8, 28);
var strikethrough = format(9, 29);
var black = format(30, 39);
var red = format(31, 39);
var green = format(32, 39);
var yellow = format(33, 39);
var blue = format(34, 39);
var magenta = format(35, 39);
var cyan = format(36, 39);
var white = format(37, 39);
var gray = format(90, 39);
var bgBlack = format(40, 49);
var bgRed = format(41, 49);
var bgGreen = format(42, 49);
var bgYellow = format(43, 49);
var bgBlue = format(44, 49);
var bgMagenta = format(45, 49);
var bgCyan = format(46, 49);
var bgWhite = format(47, 49);
var bgGray = format(100, 49);
var redBright = format(91, 39);
var greenBright = format(92, 39);
var yellowBright = format(93, 39);
var blueBright = format(94, 39);
var magentaBright = format(95, 39);
var cyanBright = format(96, 39);
var whiteBright = format(97, 39);
var bgRedBright = format(101, 49);
var bgGreenBright = format(102, 49);
var bgYellowBright = format(103, 49);
var bgBlueBright = format(104, 49);
var bgMagentaBright = format(105, 49);
var bgCyanBright = format(106, 49);
var bgWhiteBright = format(107, 49);
var underlineBlack = format("58;5;0", 59);
var underlineRed = format("58;5;1", 59);
var underlineGreen = format("58;5;2", 59);
var underlineYellow = format("58;5;3", 59);
var underlineBlue = format("58;5;4", 59);
var underlineMagenta = format("58;5;5", 59);
var underlineCyan = format("58;5;6", 59);
var underlineWhite = format("58;5;7", 59);
var underlineGray = format("58;5;8", 59);
var underlineRedBright = format("58;5;9", 59);
var underlineGreenBright = format("58;5;10", 59);
var underlineYellowBright = format("58;5;11", 59);
var underlineBlueBright = format("58;5;12", 59);
var underlineMagentaBright = format("58;5;13", 59);
var underlineCyanBright = format("58;5;14", 59);
var underlineWhiteBright = format("58;5;15", 59);

// node_modules/log-symbols/node_modules/is-unicode-supported/index.js
init_define_LOGCHECK_PACKAGE();
import process6 from "node:process";
function isUnicodeSupported() {
  const { env: env2 } = process6;
  const { TERM, TERM_PROGRAM } = env2;
  if (process6.platform !== "win32") {
    return TERM !== "linux";
  }
  return Boolean(env2.WT_SESSION) || Boolean(env2.TERMINUS_SUBLIME) || env2.ConEmuTask === "{cmd::Cmder}" || TERM_PROGRAM === "Terminus-Sublime" || TERM_PROGRAM === "vscode" || TERM === "xterm-256color" || TERM === "alacritty" || TERM === "rxvt-unicode" || TERM === "rxvt-unicode-256color" || env2.TERMINAL_EMULATOR === "JetBrains-JediTerm";
}

// node_modules/log-symbols/symbols.js
var _isUnicodeSupported = isUnicodeSupported();
var info = blue(_isUnicodeSupported ? "\u2139" : "i");
var success = green(_isUnicodeSupported ? "\u2714" : "\u221A");
var warning = yellow(_isUnicodeSupported ? "\u26A0" : "\u203C");
var error = red(_isUnicodeSupported ? "\u2716" : "\xD7");

// node_modules/ora/node_modules/string-width/index.js
init_define_LOGCHECK_PACKAGE();

// node_modules/ora/node_modules/strip-ansi/index.js
init_define_LOGCHECK_PACKAGE();

// node_modules/ora/node_modules/ansi-regex/index.js
init_define_LOGCHECK_PACKAGE();
var ST = String.raw`(?:\u001B\u005C|\u009C)`;
var stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
var osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;
var controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;
var linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;
var csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;
var escape2 = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;
var pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${escape2}`;
function ansiRegex({ onlyFirst = false } = {}) {
  return new RegExp(pattern, onlyFirst ? void 0 : "g");
}

// node_modules/ora/node_modules/strip-ansi/index.js
var regex = ansiRegex();
function stripAnsi(string) {
  if (typeof string !== "string") {
    throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
  }
  if (!string.includes("\x1B") && !string.includes("\x9B")) {
    return string;
  }
  return string.replace(regex, "");
}

// node_modules/get-east-asian-width/index.js
init_define_LOGCHECK_PACKAGE();

// node_modules/get-east-asian-width/lookup.js
init_define_LOGCHECK_PACKAGE();

// node_modules/get-east-asian-width/lookup-data.js
init_define_LOGCHECK_PACKAGE();
var ambiguousMinimalCodePoint = 161;
var ambiguousMaximumCodePoint = 1114109;
var ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];
var fullwidthMinimalCodePoint = 12288;
var fullwidthMaximumCodePoint = 65510;
var fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];
var wideMinimalCodePoint = 4352;
var wideMaximumCodePoint = 262141;
var wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];

// node_modules/get-east-asian-width/utilities.js
init_define_LOGCHECK_PACKAGE();
var isInRange = (ranges, codePoint) => {
  let low = 0;
  let high = Math.floor(ranges.length / 2) - 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const i = mid * 2;
    if (codePoint < ranges[i]) {
      high = mid - 1;
    } else if (codePoint > ranges[i + 1]) {
      low = mid + 1;
    } else {
      return true;
    }
  }
  return false;
};

// node_modules/get-east-asian-width/lookup.js
var commonCjkCodePoint = 19968;
var [wideFastPathStart, wideFastPathEnd] = /* @__PURE__ */ findWideFastPathRange(wideRanges);
function findWideFastPathRange(ranges) {
  let fastPathStart = ranges[0];
  let fastPathEnd = ranges[1];
  for (let index = 0; index < ranges.length; index += 2) {
    const start = ranges[index];
    const end = ranges[index + 1];
    if (commonCjkCodePoint >= start && commonCjkCodePoint <= end) {
      return [start, end];
    }
    if (end - start > fastPathEnd - fastPathStart) {
      fastPathStart = start;
      fastPathEnd = end;
    }
  }
  return [fastPathStart, fastPathEnd];
}
var isAmbiguous = (codePoint) => {
  if (codePoint < ambiguousMinimalCodePoint || codePoint > ambiguousMaximumCodePoint) {
    return false;
  }
  return isInRange(ambiguousRanges, codePoint);
};
var isFullwidth = (codePoint) => {
  if (codePoint < fullwidthMinimalCodePoint || codePoint > fullwidthMaximumCodePoint) {
    return false;
  }
  return isInRange(fullwidthRanges, codePoint);
};
var isWide = (codePoint) => {
  if (codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd) {
    return true;
  }
  if (codePoint < wideMinimalCodePoint || codePoint > wideMaximumCodePoint) {
    return false;
  }
  return isInRange(wideRanges, codePoint);
};

// node_modules/get-east-asian-width/index.js
function validate(codePoint) {
  if (!Number.isSafeInteger(codePoint)) {
    throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
  }
}
function eastAsianWidth(codePoint, { ambiguousAsWide = false } = {}) {
  validate(codePoint);
  if (isFullwidth(codePoint) || isWide(codePoint) || ambiguousAsWide && isAmbiguous(codePoint)) {
    return 2;
  }
  return 1;
}

// node_modules/ora/node_modules/string-width/index.js
var segmenter = new Intl.Segmenter();
var visibleCharacterRegex = new RegExp("[^\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}\\p{Nonspacing_Mark}\\p{Enclosing_Mark}\\p{Surrogate}]", "v");
var spacingMarkRegex = new RegExp("\\p{Spacing_Mark}", "v");
var rgiEmojiRegex = new RegExp("^\\p{RGI_Emoji}$", "v");
var unqualifiedKeycapRegex = /^[\d#*]\u20E3$/;
var extendedPictographicRegex = new RegExp("\\p{Extended_Pictographic}", "gu");
function isDoubleWidthNonRgiEmojiSequence(segment) {
  if (segment.length > 50) {
    return false;
  }
  if (unqualifiedKeycapRegex.test(segment)) {
    return true;
  }
  if (segment.includes("\u200D")) {
    const pictographics = segment.match(extendedPictographicRegex);
    return pictographics !== null && pictographics.length >= 2;
  }
  return false;
}
function baseVisible(segment) {
  const index = segment.search(visibleCharacterRegex);
  return index === -1 ? void 0 : segment.slice(index);
}
function isHangulLeadingJamo(codePoint) {
  return codePoint >= 4352 && codePoint <= 4447 || codePoint >= 43360 && codePoint <= 43388;
}
function isHangulVowelJamo(codePoint) {
  return codePoint >= 4448 && codePoint <= 4519 || codePoint >= 55216 && codePoint <= 55238;
}
function isHangulTrailingJamo(codePoint) {
  return codePoint >= 4520 && codePoint <= 4607 || codePoint >= 55243 && codePoint <= 55291;
}
function isHangulJamo(codePoint) {
  return isHangulLeadingJamo(codePoint) || isHangulVowelJamo(codePoint) || isHangulTrailingJamo(codePoint);
}
function hangulClusterWidth(visibleSegment, eastAsianWidthOptions) {
  const codePoints = [];
  for (const character of visibleSegment) {
    if (!visibleCharacterRegex.test(character)) {
      continue;
    }
    codePoints.push(character.codePointAt(0));
  }
  if (codePoints.length === 0) {
    return void 0;
  }
  let width = 0;
  for (let index = 0; index < codePoints.length; index++) {
    const codePoint = codePoints[index];
    if (!isHangulJamo(codePoint)) {
      if (width === 0) {
        return void 0;
      }
      for (let remaining = index; remaining < codePoints.length; remaining++) {
        width += eastAsianWidth(codePoints[remaining], eastAsianWidthOptions);
      }
      return width;
    }
    if (isHangulLeadingJamo(codePoint) && isHangulVowelJamo(codePoints[index + 1])) {
      width += 2;
      index += isHangulTrailingJamo(codePoints[index + 2]) ? 2 : 1;
      continue;
    }
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
  }
  return width;
}
function trailingWidth(visibleSegment, eastAsianWidthOptions) {
  let extra = 0;
  let first = true;
  for (const character of visibleSegment) {
    if (first) {
      first = false;
      continue;
    }
    if (spacingMarkRegex.test(character) || character >= "\uFF00" && character <= "\uFFEF") {
      extra += eastAsianWidth(character.codePointAt(0), eastAsianWidthOptions);
    }
  }
  return extra;
}
function stringWidth(input, options = {}) {
  if (typeof input !== "string" || input.length === 0) {
    return 0;
  }
  const {
    ambiguousIsNarrow = true,
    countAnsiEscapeCodes = false
  } = options;
  let string = input;
  if (!countAnsiEscapeCodes && (string.includes("\x1B") || string.includes("\x9B"))) {
    string = stripAnsi(string);
  }
  if (string.length === 0) {
    return 0;
  }
  if (/^[\u0020-\u007E]*$/.test(string)) {
    return string.length;
  }
  let width = 0;
  const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
  for (const { segment } of segmenter.segment(string)) {
    const visibleSegment = baseVisible(segment);
    if (visibleSegment === void 0) {
      continue;
    }
    if (rgiEmojiRegex.test(segment) || isDoubleWidthNonRgiEmojiSequence(segment)) {
      width += 2;
      continue;
    }
    const hangulWidth = hangulClusterWidth(visibleSegment, eastAsianWidthOptions);
    if (hangulWidth !== void 0) {
      width += hangulWidth;
      continue;
    }
    const codePoint = visibleSegment.codePointAt(0);
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
    width += trailingWidth(visibleSegment, eastAsianWidthOptions);
  }
  return width;
}

// node_modules/is-interactive/index.js
init_define_LOGCHECK_PACKAGE();
function isInteractive({ stream = process.stdout } = {}) {
  return Boolean(
    stream && stream.isTTY && process.env.TERM !== "dumb" && !("CI" in process.env)
  );
}

// node_modules/ora/node_modules/is-unicode-supported/index.js
init_define_LOGCHECK_PACKAGE();
import process7 from "node:process";
function isUnicodeSupported2() {
  const { env: env2 } = process7;
  const { TERM, TERM_PROGRAM } = env2;
  if (process7.platform !== "win32") {
    return TERM !== "linux";
  }
  return Boolean(env2.WT_SESSION) || Boolean(env2.TERMINUS_SUBLIME) || env2.ConEmuTask === "{cmd::Cmder}" || TERM_PROGRAM === "Terminus-Sublime" || TERM_PROGRAM === "vscode" || TERM === "xterm-256color" || TERM === "alacritty" || TERM === "rxvt-unicode" || TERM === "rxvt-unicode-256color" || env2.TERMINAL_EMULATOR === "JetBrains-JediTerm";
}

// node_modules/stdin-discarder/index.js
init_define_LOGCHECK_PACKAGE();
import process8 from "node:process";
var ASCII_ETX_CODE = 3;
var StdinDiscarder = class {
  #activeCount = 0;
  #stdin;
  #stdinWasPaused = false;
  #stdinWasRaw = false;
  #handleInputBound = (chunk) => {
    if (!chunk?.length) {
      return;
    }
    const code = typeof chunk === "string" ? chunk.codePointAt(0) : chunk[0];
    if (code === ASCII_ETX_CODE) {
      process8.kill(process8.pid, "SIGINT");
    }
  };
  start() {
    this.#activeCount++;
    if (this.#activeCount === 1) {
      this.#realStart();
    }
  }
  stop() {
    if (this.#activeCount === 0) {
      return;
    }
    if (--this.#activeCount === 0) {
      this.#realStop();
    }
  }
  #realStart() {
    const { stdin } = process8;
    if (process8.platform === "win32" || !stdin?.isTTY || typeof stdin.setRawMode !== "function") {
      this.#stdin = void 0;
      return;
    }
    this.#stdin = stdin;
    this.#stdinWasPaused = stdin.isPaused();
    this.#stdinWasRaw = Boolean(stdin.isRaw);
    stdin.setRawMode(true);
    stdin.prependListener("data", this.#handleInputBound);
    if (this.#stdinWasPaused) {
      stdin.resume();
    }
  }
  #realStop() {
    if (!this.#stdin) {
      return;
    }
    const stdin = this.#stdin;
    stdin.off("data", this.#handleInputBound);
    if (stdin.isTTY) {
      stdin.setRawMode?.(this.#stdinWasRaw);
    }
    if (this.#stdinWasPaused) {
      stdin.pause();
    }
    this.#stdin = void 0;
    this.#stdinWasPaused = false;
    this.#stdinWasRaw = false;
  }
};
var stdinDiscarder = new StdinDiscarder();
var stdin_discarder_default = Object.freeze(stdinDiscarder);

// node_modules/ora/index.js
var RENDER_DEFERRAL_TIMEOUT = 200;
var SYNCHRONIZED_OUTPUT_ENABLE = "\x1B[?2026h";
var SYNCHRONIZED_OUTPUT_DISABLE = "\x1B[?2026l";
var activeHooksPerStream = /* @__PURE__ */ new Map();
var validColors = /* @__PURE__ */ new Set(["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white", "gray"]);
var Ora = class {
  #linesToClear = 0;
  #frameIndex = -1;
  #lastFrameTime = 0;
  #options;
  #spinner;
  #stream;
  #id;
  #hookedStreams = /* @__PURE__ */ new Map();
  #isInternalWrite = false;
  #drainHandler;
  #deferRenderTimer;
  #isDiscardingStdin = false;
  #color;
  // Helper to execute writes while preventing hook recursion
  #internalWrite(fn) {
    this.#isInternalWrite = true;
    try {
      return fn();
    } finally {
      this.#isInternalWrite = false;
    }
  }
  // Helper to render if still spinning
  #tryRender() {
    if (this.isSpinning) {
      this.render();
    }
  }
  #stringifyChunk(chunk, encoding) {
    if (chunk === void 0 || chunk === null) {
      return "";
    }
    if (typeof chunk === "string") {
      return chunk;
    }
    if (Buffer.isBuffer(chunk) || ArrayBuffer.isView(chunk)) {
      const normalizedEncoding = typeof encoding === "string" && encoding && encoding !== "buffer" ? encoding : "utf8";
      return Buffer.from(chunk).toString(normalizedEncoding);
    }
    return String(chunk);
  }
  #chunkTerminatesLine(chunkString) {
    if (!chunkString) {
      return false;
    }
    const lastCharacter = chunkString.at(-1);
    return lastCharacter === "\n" || lastCharacter === "\r";
  }
  #scheduleRenderDeferral() {
    if (this.#deferRenderTimer) {
      return;
    }
    this.#deferRenderTimer = setTimeout(() => {
      this.#deferRenderTimer = void 0;
      if (this.isSpinning) {
        this.#tryRender();
      }
    }, RENDER_DEFERRAL_TIMEOUT);
    if (typeof this.#deferRenderTimer?.unref === "function") {
      this.#deferRenderTimer.unref();
    }
  }
  #clearRenderDeferral() {
    if (this.#deferRenderTimer) {
      clearTimeout(this.#deferRenderTimer);
      this.#deferRenderTimer = void 0;
    }
  }
  // Helper to build complete line with symbol, text, prefix, and suffix
  #buildOutputLine(symbol, text, prefixText, suffixText) {
    const fullPrefixText = this.#getFullPrefixText(prefixText, " ");
    const separatorText = symbol ? " " : "";
    const fullText = typeof text === "string" ? separatorText + text : "";
    const fullSuffixText = this.#getFullSuffixText(suffixText, " ");
    return fullPrefixText + symbol + fullText + fullSuffixText;
  }
  constructor(options) {
    if (typeof options === "string") {
      options = {
        text: options
      };
    }
    this.#options = {
      color: "cyan",
      stream: process9.stderr,
      discardStdin: true,
      hideCursor: true,
      ...options
    };
    this.color = this.#options.color;
    this.#stream = this.#options.stream;
    if (typeof this.#options.isEnabled !== "boolean") {
      this.#options.isEnabled = isInteractive({ stream: this.#stream });
    }
    if (typeof this.#options.isSilent !== "boolean") {
      this.#options.isSilent = false;
    }
    if (this.#options.interval !== void 0 && !(Number.isInteger(this.#options.interval) && this.#options.interval > 0)) {
      throw new Error("The `interval` option must be a positive integer");
    }
    const userInterval = this.#options.interval;
    this.spinner = this.#options.spinner;
    this.#options.interval = userInterval;
    this.text = this.#options.text;
    this.prefixText = this.#options.prefixText;
    this.suffixText = this.#options.suffixText;
    this.indent = this.#options.indent;
    if (process9.env.NODE_ENV === "test") {
      this._stream = this.#stream;
      this._isEnabled = this.#options.isEnabled;
      Object.defineProperty(this, "_linesToClear", {
        get() {
          return this.#linesToClear;
        },
        set(newValue) {
          this.#linesToClear = newValue;
        }
      });
      Object.defineProperty(this, "_frameIndex", {
        get() {
          return this.#frameIndex;
        }
      });
      Object.defineProperty(this, "_lineCount", {
        get() {
          const columns = this.#stream.columns ?? 80;
          const prefixText = typeof this.#options.prefixText === "function" ? "" : this.#options.prefixText;
          const suffixText = typeof this.#options.suffixText === "function" ? "" : this.#options.suffixText;
          const fullPrefixText = typeof prefixText === "string" && prefixText !== "" ? prefixText + " " : "";
          const fullSuffixText = typeof suffixText === "string" && suffixText !== "" ? " " + suffixText : "";
          const spinnerChar = "-";
          const fullText = " ".repeat(this.#options.indent) + fullPrefixText + spinnerChar + (typeof this.#options.text === "string" ? " " + this.#options.text : "") + fullSuffixText;
          return this.#computeLineCountFrom(fullText, columns);
        }
      });
    }
  }
  get indent() {
    return this.#options.indent;
  }
  set indent(indent = 0) {
    if (!(indent >= 0 && Number.isInteger(indent))) {
      throw new Error("The `indent` option must be an integer from 0 and up");
    }
    this.#options.indent = indent;
  }
  get interval() {
    return this.#options.interval ?? this.#spinner.interval ?? 100;
  }
  get spinner() {
    return this.#spinner;
  }
  set spinner(spinner) {
    this.#frameIndex = -1;
    this.#options.interval = void 0;
    if (typeof spinner === "object") {
      if (!Array.isArray(spinner.frames) || spinner.frames.length === 0 || spinner.frames.some((frame) => typeof frame !== "string")) {
        throw new Error("The given spinner must have a non-empty `frames` array of strings");
      }
      if (spinner.interval !== void 0 && !(Number.isInteger(spinner.interval) && spinner.interval > 0)) {
        throw new Error("`spinner.interval` must be a positive integer if provided");
      }
      this.#spinner = spinner;
    } else if (!isUnicodeSupported2()) {
      this.#spinner = cli_spinners_default.line;
    } else if (spinner === void 0) {
      this.#spinner = cli_spinners_default.dots;
    } else if (spinner !== "default" && cli_spinners_default[spinner]) {
      this.#spinner = cli_spinners_default[spinner];
    } else {
      throw new Error(`There is no built-in spinner named '${spinner}'. See https://github.com/sindresorhus/cli-spinners/blob/main/spinners.json for a full list.`);
    }
  }
  get text() {
    return this.#options.text;
  }
  set text(value = "") {
    this.#options.text = value;
  }
  get prefixText() {
    return this.#options.prefixText;
  }
  set prefixText(value = "") {
    this.#options.prefixText = value;
  }
  get suffixText() {
    return this.#options.suffixText;
  }
  set suffixText(value = "") {
    this.#options.suffixText = value;
  }
  get isSpinning() {
    return this.#id !== void 0;
  }
  #formatAffix(value, separator, placeBefore = false) {
    const resolved = typeof value === "function" ? value() : value;
    if (typeof resolved === "string" && resolved !== "") {
      return placeBefore ? separator + resolved : resolved + separator;
    }
    return "";
  }
  #getFullPrefixText(prefixText = this.#options.prefixText, postfix = " ") {
    return this.#formatAffix(prefixText, postfix, false);
  }
  #getFullSuffixText(suffixText = this.#options.suffixText, prefix = " ") {
    return this.#formatAffix(suffixText, prefix, true);
  }
  #computeLineCountFrom(text, columns) {
    let count = 0;
    for (const line of stripVTControlCharacters(text).split("\n")) {
      count += Math.max(1, Math.ceil(stringWidth(line) / columns));
    }
    return count;
  }
  get color() {
    return this.#color;
  }
  set color(value) {
    if (value !== void 0 && value !== false && !validColors.has(value)) {
      throw new Error("The `color` option must be a valid color or `false` to disable");
    }
    this.#color = value;
  }
  get isEnabled() {
    return this.#options.isEnabled && !this.#options.isSilent;
  }
  set isEnabled(value) {
    if (typeof value !== "boolean") {
      throw new TypeError("The `isEnabled` option must be a boolean");
    }
    this.#options.isEnabled = value;
  }
  get isSilent() {
    return this.#options.isSilent;
  }
  set isSilent(value) {
    if (typeof value !== "boolean") {
      throw new TypeError("The `isSilent` option must be a boolean");
    }
    this.#options.isSilent = value;
  }
  frame() {
    const now = Date.now();
    if (this.#frameIndex === -1 || now - this.#lastFrameTime >= this.interval) {
      this.#frameIndex = (this.#frameIndex + 1) % this.#spinner.frames.length;
      this.#lastFrameTime = now;
    }
    const { frames } = this.#spinner;
    let frame = frames[this.#frameIndex];
    if (this.#color) {
      frame = source_default[this.#color](frame);
    }
    const fullPrefixText = this.#getFullPrefixText(this.#options.prefixText, " ");
    const fullText = typeof this.text === "string" ? " " + this.text : "";
    const fullSuffixText = this.#getFullSuffixText(this.#options.suffixText, " ");
    return fullPrefixText + frame + fullText + fullSuffixText;
  }
  clear() {
    if (!this.isEnabled || !this.#stream.isTTY) {
      return this;
    }
    this.#internalWrite(() => {
      this.#stream.cursorTo(0);
      for (let index = 0; index < this.#linesToClear; index++) {
        if (index > 0) {
          this.#stream.moveCursor(0, -1);
        }
        this.#stream.clearLine(1);
      }
      if (this.#options.indent) {
        this.#stream.cursorTo(this.#options.indent);
      }
    });
    this.#linesToClear = 0;
    return this;
  }
  // Helper to hook a single stream
  #hookStream(stream) {
    if (!stream || this.#hookedStreams.has(stream) || !stream.isTTY || typeof stream.write !== "function") {
      return;
    }
    if (activeHooksPerStream.has(stream)) {
      console.warn("[ora] Multiple concurrent spinners detected. This may cause visual corruption. Use one spinner at a time.");
    }
    const originalWrite = stream.write;
    this.#hookedStreams.set(stream, originalWrite);
    activeHooksPerStream.set(stream, this);
    stream.write = (chunk, encoding, callback2) => this.#hookedWrite(stream, originalWrite, chunk, encoding, callback2);
  }
  /**
  Intercept stream writes while spinner is active to handle external writes cleanly without visual corruption.
  Hooks process stdio streams and the active spinner stream so console.log(), console.error(), and direct writes stay tidy.
  */
  #installHook() {
    if (!this.isEnabled || this.#hookedStreams.size > 0) {
      return;
    }
    const streamsToHook = /* @__PURE__ */ new Set([this.#stream, process9.stdout, process9.stderr]);
    for (const stream of streamsToHook) {
      this.#hookStream(stream);
    }
  }
  #uninstallHook() {
    for (const [stream, originalWrite] of this.#hookedStreams) {
      stream.write = originalWrite;
      if (activeHooksPerStream.get(stream) === this) {
        activeHooksPerStream.delete(stream);
      }
    }
    this.#hookedStreams.clear();
  }
  // eslint-disable-next-line max-params -- Need stream and originalWrite for multi-stream support
  #hookedWrite(stream, originalWrite, chunk, encoding, callback2) {
    if (typeof encoding === "function") {
      callback2 = encoding;
      encoding = void 0;
    }
    if (this.#isInternalWrite) {
      return originalWrite.call(stream, chunk, encoding, callback2);
    }
    this.clear();
    const chunkString = this.#stringifyChunk(chunk, encoding);
    const chunkTerminatesLine = this.#chunkTerminatesLine(chunkString);
    const writeResult = originalWrite.call(stream, chunk, encoding, callback2);
    if (chunkTerminatesLine) {
      this.#clearRenderDeferral();
    } else if (chunkString.length > 0) {
      this.#scheduleRenderDeferral();
    }
    if (this.isSpinning && !this.#deferRenderTimer) {
      this.render();
    }
    return writeResult;
  }
  render() {
    if (!this.isEnabled || this.#drainHandler || this.#deferRenderTimer) {
      return this;
    }
    const useSynchronizedOutput = this.#stream.isTTY;
    let shouldDisableSynchronizedOutput = false;
    try {
      if (useSynchronizedOutput) {
        this.#internalWrite(() => this.#stream.write(SYNCHRONIZED_OUTPUT_ENABLE));
        shouldDisableSynchronizedOutput = true;
      }
      this.clear();
      let frameContent = this.frame();
      const columns = this.#stream.columns ?? 80;
      const actualLineCount = this.#computeLineCountFrom(frameContent, columns);
      const consoleHeight = this.#stream.rows;
      if (consoleHeight && consoleHeight > 1 && actualLineCount > consoleHeight) {
        const lines = frameContent.split("\n");
        const maxLines = consoleHeight - 1;
        frameContent = [...lines.slice(0, maxLines), "... (content truncated to fit terminal)"].join("\n");
      }
      const canContinue = this.#internalWrite(() => this.#stream.write(frameContent));
      if (canContinue === false && this.#stream.isTTY) {
        this.#drainHandler = () => {
          this.#drainHandler = void 0;
          this.#tryRender();
        };
        this.#stream.once("drain", this.#drainHandler);
      }
      this.#linesToClear = this.#computeLineCountFrom(frameContent, columns);
    } finally {
      if (shouldDisableSynchronizedOutput) {
        this.#internalWrite(() => this.#stream.write(SYNCHRONIZED_OUTPUT_DISABLE));
      }
    }
    return this;
  }
  start(text) {
    if (text !== void 0) {
      this.text = text;
    }
    if (this.isSilent) {
      return this;
    }
    if (!this.isEnabled) {
      const symbol = this.text ? "-" : "";
      const line = " ".repeat(this.#options.indent) + this.#buildOutputLine(symbol, this.text, this.#options.prefixText, this.#options.suffixText);
      if (line.trim() !== "") {
        this.#internalWrite(() => this.#stream.write(line + "\n"));
      }
      return this;
    }
    if (this.isSpinning) {
      return this;
    }
    if (this.#options.hideCursor) {
      cli_cursor_default.hide(this.#stream);
    }
    if (this.#options.discardStdin && process9.stdin.isTTY) {
      stdin_discarder_default.start();
      this.#isDiscardingStdin = true;
    }
    this.#installHook();
    this.render();
    this.#id = setInterval(this.render.bind(this), this.interval);
    return this;
  }
  stop() {
    clearInterval(this.#id);
    this.#id = void 0;
    this.#frameIndex = -1;
    this.#lastFrameTime = 0;
    this.#clearRenderDeferral();
    this.#uninstallHook();
    if (this.#drainHandler) {
      this.#stream.removeListener("drain", this.#drainHandler);
      this.#drainHandler = void 0;
    }
    if (this.isEnabled) {
      this.clear();
      if (this.#options.hideCursor) {
        cli_cursor_default.show(this.#stream);
      }
    }
    if (this.#isDiscardingStdin) {
      this.#isDiscardingStdin = false;
      stdin_discarder_default.stop();
    }
    return this;
  }
  succeed(text) {
    return this.stopAndPersist({ symbol: symbols_exports.success, text });
  }
  fail(text) {
    return this.stopAndPersist({ symbol: symbols_exports.error, text });
  }
  warn(text) {
    return this.stopAndPersist({ symbol: symbols_exports.warning, text });
  }
  info(text) {
    return this.stopAndPersist({ symbol: symbols_exports.info, text });
  }
  stopAndPersist(options = {}) {
    if (this.isSilent) {
      return this;
    }
    const symbol = options.symbol ?? " ";
    const text = options.text ?? this.text;
    const prefixText = options.prefixText ?? this.#options.prefixText;
    const suffixText = options.suffixText ?? this.#options.suffixText;
    const textToWrite = this.#buildOutputLine(symbol, text, prefixText, suffixText) + "\n";
    this.stop();
    this.#internalWrite(() => this.#stream.write(textToWrite));
    return this;
  }
};
function ora(options) {
  return new Ora(options);
}

// src/cli/progress.ts
function startProgress(io, label, size, bytesRead) {
  const stderr = io.stderr;
  if (stderr.isTTY !== true || !(stderr.columns !== void 0 && stderr.columns > 0) || io.env.CI !== void 0) return void 0;
  const spinner = ora({ text: `reading ${label}`, stream: stderr, discardStdin: false }).start();
  const timer = setInterval(() => {
    if (size && bytesRead) spinner.text = `reading ${label} ${Math.min(100, Math.floor(bytesRead() / size * 100))}%`;
  }, 200);
  timer.unref();
  return {
    clear: () => spinner.clear(),
    stop: () => {
      clearInterval(timer);
      spinner.stop();
    }
  };
}

// src/cli/checkout.ts
init_define_LOGCHECK_PACKAGE();
import { execFileSync } from "node:child_process";
function gitTracked() {
  const cache = /* @__PURE__ */ new Map();
  return (root, repoPath) => {
    if (!cache.has(root)) cache.set(root, list2(root));
    const files = cache.get(root);
    return files !== void 0 && files.has(repoPath);
  };
}
function list2(root) {
  try {
    const out = execFileSync("git", ["-C", root, "ls-files", "-z"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" } });
    return new Set(out.split("\0").filter(Boolean));
  } catch {
    return void 0;
  }
}

// src/cli/color.ts
init_define_LOGCHECK_PACKAGE();
function useColor(flag, stream, env2) {
  if (flag !== void 0) return flag;
  const force = env2.FORCE_COLOR;
  if (force !== void 0 && force !== "") return force !== "0" && force.toLowerCase() !== "false";
  if (env2.NO_COLOR !== void 0 && env2.NO_COLOR !== "") return false;
  return stream.isTTY === true && env2.TERM !== "dumb";
}

// src/cli/run.ts
async function run(argv, io) {
  const say = (message) => {
    io.stderr.write(`logcheck: ${inert(message)}
`);
  };
  let options;
  try {
    options = parseCli(argv);
    for (const o of options.outputs) {
      if (getFormatter(o.format) === void 0) throw new UsageError(`unknown format "${o.format}" (known: ${formatterNames().join(", ")})`);
    }
    for (const id of [...options.only, ...options.disable]) {
      if (findRule(id) === void 0) throw new UsageError(`unknown rule "${id}" (logcheck rules lists them)`);
    }
  } catch (error2) {
    say(`${error2.message} (logcheck --help shows usage)`);
    return 2;
  }
  switch (options.command) {
    case "help":
      io.stdout.write(HELP);
      return 0;
    case "version":
      io.stdout.write(`logcheck ${VERSION2}
`);
      return 0;
    case "rules": {
      const format2 = options.outputs[0].format;
      if (format2 !== "text" && format2 !== "json") {
        say(`rules prints text or json, not ${format2}`);
        return 2;
      }
      const columns = io.stdout.isTTY === true ? io.stdout.columns || 80 : void 0;
      io.stdout.write(listRules(allRules, { format: format2, ...columns !== void 0 ? { columns } : {} }));
      return 0;
    }
    case "explain": {
      const rule41 = findRule(options.files[0]);
      if (rule41 === void 0) {
        say(`unknown rule "${options.files[0]}" (logcheck rules lists them)`);
        return 2;
      }
      io.stdout.write(explainRule(rule41));
      return 0;
    }
    case "check":
      break;
  }
  try {
    return await check(options, io, say);
  } catch (error2) {
    say(`internal error: ${error2?.message ?? String(error2)}${io.env.LOGCHECK_DEBUG ? `
${error2?.stack}` : " (LOGCHECK_DEBUG=1 shows the stack)"}`);
    return 2;
  }
}
async function check(options, io, say) {
  let files = options.files;
  if (files.length === 0) {
    if (io.stdin.isTTY) {
      say("no log given and standard input is a terminal: give a file, or pipe a build into logcheck (logcheck --help)");
      return 2;
    }
    files = ["-"];
  }
  const rules = allRules.filter((r) => (options.only.length === 0 || options.only.includes(r.meta.id)) && !options.disable.includes(r.meta.id));
  const out = options.tee ? io.stderr : io.stdout;
  const color = useColor(options.color, out, io.env);
  const context = {
    color,
    rules: rules.map((r) => r.meta),
    env: io.env,
    cwd: io.cwd,
    pathMaps: options.pathMaps,
    // Unguessable, so that no log line can end GitHub's ::stop-commands:: block.
    nonce: randomBytes(16).toString("hex"),
    isTracked: gitTracked(),
    ...out.isTTY === true ? { columns: out.columns || 80 } : {},
    failOn: options.failOn,
    ...options.sarifCategory !== void 0 ? { sarifCategory: options.sarifCategory } : {}
  };
  const primary = options.outputs.find((o) => o.file === void 0);
  const primaryFormatter = primary ? getFormatter(primary.format) : void 0;
  const live = options.live ?? files.includes("-");
  const liveFormatter = live && (primaryFormatter?.live || primaryFormatter?.liveSession) ? primaryFormatter : void 0;
  const liveWrite = liveFormatter?.liveSession?.(context) ?? (liveFormatter ? (f, continues) => liveFormatter.live(f, continues, context) : void 0);
  const forPeople = primaryFormatter?.forPeople === true;
  let failed = false;
  const { inputs, errors } = await resolveInputs(files, io.cwd);
  for (const e of errors) {
    say(`${e.argument}: ${e.message}`);
    failed = true;
  }
  const results = [];
  for (const input of inputs) {
    let opened;
    let tee;
    try {
      let stdin = io.stdin;
      if (options.tee && input.path === "-") {
        tee = teeTo(io.stdin, io.stdout);
        stdin = tee.branch;
      }
      opened = await openInput(input.path, stdin, input.path === "-" ? options.label : void 0);
    } catch (error2) {
      say(`${input.path}: ${error2 instanceof InputError ? error2.message : String(error2)}`);
      failed = true;
      await tee?.done;
      continue;
    }
    const shownCauses = /* @__PURE__ */ new Set();
    const progress = forPeople && !options.quiet && input.path !== "-" ? startProgress(io, opened.label, opened.size, opened.bytesRead) : void 0;
    const result2 = await checkStream(opened.stream, {
      source: opened.label,
      rules,
      ...options.maxFindingsPerRule !== void 0 ? { maxFindingsPerRule: options.maxFindingsPerRule } : {},
      ...options.maxLineBytes !== void 0 ? { maxLineBytes: options.maxLineBytes } : {},
      latin1: options.latin1,
      ...liveFormatter ? {
        onFinding: (finding) => {
          progress?.clear();
          out.write(liveWrite(finding, shownCauses.has(finding.cause)));
          shownCauses.add(finding.cause);
        }
      } : {}
    });
    progress?.stop();
    await tee?.done;
    for (const p of result2.problems) {
      say(`${p.source}: ${p.message}`);
      if (p.level === "error") failed = true;
    }
    results.push(result2);
  }
  const report2 = { version: 1, tool: { name: "logcheck", version: VERSION2 }, results };
  for (const output of options.outputs) {
    const formatter = getFormatter(output.format);
    const shown = formatter === liveFormatter;
    const text = formatter.final(report2, output.file === void 0 ? context : { ...context, color: false, columns: void 0 }, shown);
    if (output.file === void 0) {
      if (!(options.quiet && text.startsWith("No problems"))) out.write(text);
    } else {
      try {
        await writeFile(output.file, text);
      } catch (error2) {
        say(`${output.file}: cannot write: ${error2.code ?? error2.message}`);
        failed = true;
      }
    }
    for (const side of formatter.sideOutputs?.(report2, { ...context, color: false }) ?? []) {
      try {
        await writeFile(side.path, side.text, side.append);
      } catch (error2) {
        say(`${side.path}: cannot write: ${error2.code ?? error2.message}`);
        failed = true;
      }
    }
  }
  if (failed) return 2;
  const threshold = SEVERITY_RANK[options.failOn];
  return results.some((r) => r.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold)) ? 1 : 0;
}
function writeFile(path5, text, append = false) {
  return new Promise((resolve3, reject) => {
    const out = createWriteStream(path5, { flags: append ? "a" : "w" });
    out.on("error", reject);
    out.end(text, () => resolve3());
  });
}

// src/cli/main.ts
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error2) => {
    if (error2.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error2;
  });
}
process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd()
});
