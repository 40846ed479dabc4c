/** `UPDATE_GOLDEN=1` rewrites reviewed expected files instead of comparing with them; review the diff after. */
export const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';
