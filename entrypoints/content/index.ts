import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendToBackground } from '../../lib/send-message';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main() {
    const pong = await sendToBackground('ping', {});
    document.documentElement.dataset.crlensPing = String(pong.events);
  },
});
