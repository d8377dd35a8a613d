/**
 * One SMS holds 160 characters of the GSM 7-bit alphabet, or 70 of anything else (UCS-2, which
 * every Chinese text is). Extension-table characters (€ [ ] { } …) count twice in GSM.
 */
const GSM_BASIC = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€\f';

export const SMS_LIMITS = { gsm: 160, ucs2: 70 } as const;

/** The length of a text in SMS units and the limit of one message in its encoding. */
export function smsSize(text: string): { units: number; limit: number } {
  let units = 0;
  for (const ch of text) {
    if (GSM_BASIC.includes(ch)) units += 1;
    else if (GSM_EXTENDED.includes(ch)) units += 2;
    else return { units: [...text].length, limit: SMS_LIMITS.ucs2 };
  }
  return { units, limit: SMS_LIMITS.gsm };
}

/** True when the text goes out as one SMS. */
export const fitsOneSms = (text: string) => {
  const { units, limit } = smsSize(text);
  return units <= limit;
};
