/**
 * The municipality's time zone: every time the console, the public page, reports and templates show or read is
 * Swedish time, whatever zone the browser or the server runs in (a laptop on UTC, a test runner, a cloud host).
 */
export const MUNICIPALITY_TIME_ZONE = "Europe/Stockholm";
