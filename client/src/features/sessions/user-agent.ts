/** What a session's User-Agent says, in words a person recognises ("Firefox on macOS"). */
export interface DeviceDescription {
  label: string;
  browser: string | null;
  os: string | null;
  mobile: boolean;
  /** A program rather than a browser (curl, an SDK, a server). */
  program: boolean;
}

// Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
const BROWSERS: [RegExp, string][] = [
  [/\bEdg(?:e|A|iOS)?\//, 'Edge'],
  [/\bOPR\/|\bOpera\b/, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\bFirefox\/|\bFxiOS\//, 'Firefox'],
  [/\bHeadlessChrome\//, 'Headless Chrome'],
  [/\bChromium\//, 'Chromium'],
  [/\bChrome\/|\bCriOS\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
];

const PROGRAMS: [RegExp, string][] = [
  [/^curl\//i, 'curl'],
  [/^PostmanRuntime\//i, 'Postman'],
  [/^python-requests\/|^python-httpx\/|^aiohttp\//i, 'Python'],
  [/^Go-http-client\//i, 'Go'],
  [/^okhttp\//i, 'OkHttp'],
  [/^axios\//i, 'axios'],
  [/^node-fetch|^undici|^node\b/i, 'Node.js'],
  [/^Playwright\//i, 'Playwright'],
];

const SYSTEMS: [RegExp, string][] = [
  [/\bWindows\b/, 'Windows'],
  [/\biPhone|\biPad|\biPod/, 'iOS'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bAndroid\b/, 'Android'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b/, 'Linux'],
];

const first = (table: [RegExp, string][], text: string) => table.find(([pattern]) => pattern.test(text))?.[1] ?? null;

export function describeUserAgent(userAgent: string | null | undefined): DeviceDescription {
  const ua = (userAgent ?? '').trim();
  if (!ua) return { label: 'Unknown device', browser: null, os: null, mobile: false, program: false };
  const program = first(PROGRAMS, ua);
  if (program) return { label: program, browser: null, os: null, mobile: false, program: true };
  const browser = first(BROWSERS, ua);
  const os = first(SYSTEMS, ua);
  const mobile = /\bMobi|\biPhone|\biPad|\bAndroid\b/.test(ua);
  const label = browser && os ? `${browser} on ${os}` : (browser ?? os ?? (ua.length > 48 ? `${ua.slice(0, 47)}…` : ua));
  return { label, browser, os, mobile, program: false };
}
