// The value formats Moodle 4.3.0's SCORM runtimes accept where they are stricter than scorm-again
// (read from mod/scorm/datamodels/scorm_12.js and scorm_13.js, and tried in a Moodle 4.3.0 lab).
// The LMS preview can enforce them, and the tests check the adapters' output against them. Pure.
import type { PreviewVersion } from './relaunch.ts';

/** 1.2 CMIIdentifier (scorm_12.js): printable ASCII, no space, at most 255. */
const CMI_IDENTIFIER_12 = /^[\u0021-\u007E]{0,255}$/;
/** 2004 CMIShortIdentifier (scorm_13.js), used for a choice's learner_response: letters, digits, "_" and ".". */
const SHORT_IDENTIFIER_2004 = /^[\w.]{1,250}$/;
/** 2004 CMITime (scorm_13.js): a time zone only after one or two fraction digits of the seconds. */
const TIME_2004 =
  /^(19[7-9]{1}[0-9]{1}|20[0-2]{1}[0-9]{1}|203[0-8]{1})((-(0[1-9]{1}|1[0-2]{1}))((-(0[1-9]{1}|[1-2]{1}[0-9]{1}|3[0-1]{1}))(T([0-1]{1}[0-9]{1}|2[0-3]{1})((:[0-5]{1}[0-9]{1})((:[0-5]{1}[0-9]{1})((\.[0-9]{1,2})((Z|([+|-]([0-1]{1}[0-9]{1}|2[0-3]{1})))(:[0-5]{1}[0-9]{1})?)?)?)?)?)?)?)?$/;

/** Whether Moodle 4.3.0 would accept `value` for `element`; only the rules above are checked. */
export function moodleAccepts(version: PreviewVersion, element: string, value: string): boolean {
  if (version === '1.2') {
    if (/^cmi\.(interactions|objectives)\.\d+\.id$/.test(element)) return CMI_IDENTIFIER_12.test(value);
    return true;
  }
  if (/^cmi\.interactions\.\d+\.learner_response$/.test(element)) return value.split('[,]').every((v) => SHORT_IDENTIFIER_2004.test(v));
  if (/^cmi\.interactions\.\d+\.timestamp$/.test(element)) return TIME_2004.test(value);
  return true;
}
