import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';

/**
 * CloudAdapter with one more public door: run a turn for an activity the HTTP edge has already validated and
 * authenticated, and hand back the invoke/expectReplies response. CloudAdapter.process would parse the body again,
 * answer some malformed bodies with 500 and echo error messages to the caller; processActivityDirect drops the
 * response. The edge (src/http/server.ts) owns status codes and logging instead.
 */
export class EdgeAdapter extends CloudAdapter {
  runTurn(
    identity: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(identity, activity, logic);
  }
}
