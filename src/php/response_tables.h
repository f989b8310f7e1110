/* SPDX-License-Identifier: MIT */
/* Upstream's constant tables for Http\\Response, as static data: Response::PHRASES (with each
 * status line precomputed) and the default Response::$mimeTypeMap. Included by response.c only,
 * which builds the PHP arrays from them at MINIT. */

#ifndef WM_RESPONSE_TABLES_H
#define WM_RESPONSE_TABLES_H

#include "php.h"

/* Upstream 5.2.2's Response::PHRASES, in its order. Each entry also carries its HTTP/1.1 status
 * line, the one nearly every response starts with. */
#define WM_PHRASES(X) \
	X(100, "Continue") X(101, "Switching Protocols") X(102, "Processing") X(103, "Early Hints") \
	X(200, "OK") X(201, "Created") X(202, "Accepted") X(203, "Non-Authoritative Information") \
	X(204, "No Content") X(205, "Reset Content") X(206, "Partial Content") X(207, "Multi-Status") \
	X(208, "Already Reported") X(226, "IM Used") \
	X(300, "Multiple Choices") X(301, "Moved Permanently") X(302, "Found") X(303, "See Other") \
	X(304, "Not Modified") X(305, "Use Proxy") X(306, "Switch Proxy") X(307, "Temporary Redirect") \
	X(308, "Permanent Redirect") \
	X(400, "Bad Request") X(401, "Unauthorized") X(402, "Payment Required") X(403, "Forbidden") \
	X(404, "Not Found") X(405, "Method Not Allowed") X(406, "Not Acceptable") \
	X(407, "Proxy Authentication Required") X(408, "Request Timeout") X(409, "Conflict") \
	X(410, "Gone") X(411, "Length Required") X(412, "Precondition Failed") \
	X(413, "Payload Too Large") X(414, "URI Too Long") X(415, "Unsupported Media Type") \
	X(416, "Range Not Satisfiable") X(417, "Expectation Failed") X(418, "I'm a teapot") \
	X(421, "Misdirected Request") X(422, "Unprocessable Entity") X(423, "Locked") \
	X(424, "Failed Dependency") X(425, "Too Early") X(426, "Upgrade Required") \
	X(428, "Precondition Required") X(429, "Too Many Requests") \
	X(431, "Request Header Fields Too Large") X(451, "Unavailable For Legal Reasons") \
	X(500, "Internal Server Error") X(501, "Not Implemented") X(502, "Bad Gateway") \
	X(503, "Service Unavailable") X(504, "Gateway Timeout") X(505, "HTTP Version Not Supported") \
	X(506, "Variant Also Negotiates") X(507, "Insufficient Storage") X(508, "Loop Detected") \
	X(510, "Not Extended") X(511, "Network Authentication Required")

typedef struct {
	zend_long code;
	const char *phrase;
	size_t phrase_len;
	const char *line;       /* "HTTP/1.1 <code> <phrase>\r\n" */
	size_t line_len;
} wm_phrase;

#define WM_PHRASE_ENTRY(code, text) \
	{code, text, sizeof(text) - 1, "HTTP/1.1 " #code " " text "\r\n", sizeof("HTTP/1.1 " #code " " text "\r\n") - 1},
static const wm_phrase wm_phrases[] = { WM_PHRASES(WM_PHRASE_ENTRY) };
#undef WM_PHRASE_ENTRY

typedef struct {
	const char *key;
	const char *value;
} wm_kv;

/* Upstream 5.2.2's default Response::$mimeTypeMap, in its order. */
static const wm_kv wm_mime_types[] = {
	{"html", "text/html"}, {"htm", "text/html"}, {"shtml", "text/html"}, {"css", "text/css"},
	{"xml", "text/xml"}, {"mml", "text/mathml"}, {"txt", "text/plain"},
	{"jad", "text/vnd.sun.j2me.app-descriptor"}, {"wml", "text/vnd.wap.wml"}, {"htc", "text/x-component"},
	{"gif", "image/gif"}, {"jpeg", "image/jpeg"}, {"jpg", "image/jpeg"}, {"png", "image/png"},
	{"tif", "image/tiff"}, {"tiff", "image/tiff"}, {"wbmp", "image/vnd.wap.wbmp"}, {"ico", "image/x-icon"},
	{"jng", "image/x-jng"}, {"bmp", "image/x-ms-bmp"}, {"svg", "image/svg+xml"}, {"svgz", "image/svg+xml"},
	{"webp", "image/webp"}, {"avif", "image/avif"}, {"js", "application/javascript"},
	{"atom", "application/atom+xml"}, {"rss", "application/rss+xml"}, {"wasm", "application/wasm"},
	{"jar", "application/java-archive"}, {"war", "application/java-archive"},
	{"ear", "application/java-archive"}, {"json", "application/json"}, {"hqx", "application/mac-binhex40"},
	{"doc", "application/msword"}, {"pdf", "application/pdf"}, {"ps", "application/postscript"},
	{"eps", "application/postscript"}, {"ai", "application/postscript"}, {"rtf", "application/rtf"},
	{"m3u8", "application/vnd.apple.mpegurl"}, {"xls", "application/vnd.ms-excel"},
	{"eot", "application/vnd.ms-fontobject"}, {"ppt", "application/vnd.ms-powerpoint"},
	{"wmlc", "application/vnd.wap.wmlc"}, {"kml", "application/vnd.google-earth.kml+xml"},
	{"kmz", "application/vnd.google-earth.kmz"}, {"7z", "application/x-7z-compressed"},
	{"cco", "application/x-cocoa"}, {"jardiff", "application/x-java-archive-diff"},
	{"jnlp", "application/x-java-jnlp-file"}, {"run", "application/x-makeself"}, {"pl", "application/x-perl"},
	{"pm", "application/x-perl"}, {"prc", "application/x-pilot"}, {"pdb", "application/x-pilot"},
	{"rar", "application/x-rar-compressed"}, {"rpm", "application/x-redhat-package-manager"},
	{"sea", "application/x-sea"}, {"swf", "application/x-shockwave-flash"}, {"sit", "application/x-stuffit"},
	{"tcl", "application/x-tcl"}, {"tk", "application/x-tcl"}, {"der", "application/x-x509-ca-cert"},
	{"pem", "application/x-x509-ca-cert"}, {"crt", "application/x-x509-ca-cert"},
	{"xpi", "application/x-xpinstall"}, {"xhtml", "application/xhtml+xml"}, {"xspf", "application/xspf+xml"},
	{"zip", "application/zip"}, {"bin", "application/octet-stream"}, {"exe", "application/octet-stream"},
	{"dll", "application/octet-stream"}, {"deb", "application/octet-stream"},
	{"dmg", "application/octet-stream"}, {"iso", "application/octet-stream"},
	{"img", "application/octet-stream"}, {"msi", "application/octet-stream"},
	{"msp", "application/octet-stream"}, {"msm", "application/octet-stream"},
	{"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
	{"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
	{"pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
	{"mid", "audio/midi"}, {"midi", "audio/midi"}, {"kar", "audio/midi"}, {"mp3", "audio/mpeg"},
	{"ogg", "audio/ogg"}, {"m4a", "audio/x-m4a"}, {"ra", "audio/x-realaudio"}, {"3gpp", "video/3gpp"},
	{"3gp", "video/3gpp"}, {"ts", "video/mp2t"}, {"mp4", "video/mp4"}, {"mpeg", "video/mpeg"},
	{"mpg", "video/mpeg"}, {"mov", "video/quicktime"}, {"webm", "video/webm"}, {"flv", "video/x-flv"},
	{"m4v", "video/x-m4v"}, {"mng", "video/x-mng"}, {"asx", "video/x-ms-asf"}, {"asf", "video/x-ms-asf"},
	{"wmv", "video/x-ms-wmv"}, {"avi", "video/x-msvideo"}, {"ttf", "font/ttf"}, {"woff", "font/woff"},
	{"woff2", "font/woff2"},
};

#endif /* WM_RESPONSE_TABLES_H */
