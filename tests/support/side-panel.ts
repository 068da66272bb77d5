import type { BrowserContext } from 'playwright-core';

/**
 * Evaluates `expression` in Chrome's open side panel and returns its value (null while there is no
 * panel). Playwright lists no page for the panel, so this goes through the DevTools protocol: the
 * panel is a target of its own, reached from a blank tab's session.
 */
export async function evaluateInSidePanel(context: BrowserContext, expression: string): Promise<unknown> {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const panel = targetInfos.find((t) => t.type === 'page' && new URL(t.url).pathname === '/sidepanel.html');
    if (!panel) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: panel.targetId, flatten: false });
    const reply = new Promise<unknown>((resolve) =>
      cdp.on('Target.receivedMessageFromTarget', (e) => {
        const message = JSON.parse(e.message) as { id?: number; result?: { result: { value: unknown } } };
        if (message.id === 1) resolve(message.result?.result.value ?? null);
      }),
    );
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }) });
    return await reply;
  } finally {
    await cdp.detach();
    await tab.close();
  }
}
