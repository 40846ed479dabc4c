/**
 * `zelfscan/status`, from the server to the editor: how many documents the server is still checking (0 when it
 * is done), for the status bar. Plain data: both sides import this file, which knows neither Langium nor VS Code.
 */
export const BUILD_STATUS_NOTIFICATION = 'zelfscan/status';

export interface BuildStatus {
    readonly checking: number;
}
