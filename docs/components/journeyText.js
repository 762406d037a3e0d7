/**
 * Words for the dossier journey (hành trình hồ sơ) shared by the online-services and postal
 * pages and their charts, looked up in the text catalogue (section `journey`): step names and
 * how shares are read.
 */
import {catalogue} from "../lib/cchc.js";

const STEP_KEYS = {
  received: "stepReceived",
  online: "stepOnline",
  fullyOnline: "stepFullyOnline",
  postal: "stepPostal",
  resolved: "stepResolved",
  onTime: "stepOnTime",
  returnedPostal: "stepReturnedPostal"
};
const BASE_KEYS = {received: "ofReceived", online: "ofOnline", resolved: "ofResolved"};

/** "Tiếp nhận trực tuyến" / "Received online": the name of a journey step (journeySteps' keys). */
export function stepName(key, lang = "vi") {
  return catalogue(lang).journey[STEP_KEYS[key]] ?? key;
}

/** "72,3% số tiếp nhận" / "72.3% of received": a share with what it is a share of. */
export function shareOf(share, base, formatPercent, lang = "vi") {
  const words = catalogue(lang).journey[BASE_KEYS[base]] ?? base;
  return `${formatPercent(share, {lang})} ${words}`;
}
