import { z } from 'zod';

/**
 * The messages between the preview webview and the extension. Both directions are small and explicit, and the
 * extension checks everything the webview sends before acting on it.
 */

export const ToWebviewSchema = z.discriminatedUnion('type', [
    /**
     * A new report body (HTML that the report renderer escaped) to show in place of the previous one. With
     * `problems` (a scan with errors) the page lists them, as text, above the report of what is valid.
     */
    z.object({
        type: z.literal('rapport'), version: z.number().int().nonnegative(), body: z.string(),
        problems: z.object({ title: z.string(), lines: z.array(z.string()) }).optional()
    }),
    /** The report cannot be made right now (for example while the scan has errors); shown above the last report of the same file. */
    z.object({
        type: z.literal('melding'), version: z.number().int().nonnegative(), message: z.string(),
        /** True when the report on screen belongs to another file and must go. */
        clear: z.boolean()
    })
]);
export type ToWebview = z.infer<typeof ToWebviewSchema>;

export const FromWebviewSchema = z.discriminatedUnion('type', [
    /** The page's script runs and can receive reports. */
    z.object({ type: z.literal('gereed') }),
    /** The webview shows the report or notice with this version. */
    z.object({ type: z.literal('weergegeven'), version: z.number().int().nonnegative() })
]);
export type FromWebview = z.infer<typeof FromWebviewSchema>;
