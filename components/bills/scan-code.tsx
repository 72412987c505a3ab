'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { FileTrigger } from 'react-aria-components';
import { useTranslation } from '@/components/i18n-provider';
import { Button } from '@/components/ui/button';
import { Message } from '@/components/ui/message';
import { api, type ApiProblem } from '@/lib/api-client';
import { readQrFromImage } from './read-qr';

// The Shape Detection API is not in TypeScript's DOM types yet; this is the part we use.
interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type DetectorClass = new (options: { formats: string[] }) => Detector;
const detectorClass = () =>
  (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector ?? undefined;
/** Whether this browser can read codes from the live camera (never during server rendering). */
const liveScanning = () => Boolean(detectorClass() && navigator.mediaDevices?.getUserMedia);
const noSubscription = () => () => undefined;

type State =
  | { kind: 'idle' }
  | { kind: 'camera' }
  | { kind: 'busy'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'problem'; problem: ApiProblem };

/**
 * Scan the payment code printed on a bill: with the camera where the browser can read codes
 * (BarcodeDetector), and always with a photo, read here in the page. The code is checked by
 * the wallet (the biller's signature) before it becomes a bill to review.
 */
export function ScanCode({ accountId }: { accountId: string }) {
  const { t } = useTranslation('bills');
  const router = useRouter();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const canLive = useSyncExternalStore(noSubscription, liveScanning, () => false);
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);

  // The camera never stays on after leaving the page.
  useEffect(() => () => stopCamera(), []);

  function stopCamera() {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
  }

  async function send(code: string) {
    setState({ kind: 'busy', text: t('add.working') });
    const res = await api<{ bill: { id: string } }>(`/accounts/${accountId}/bills/scan`, {
      method: 'POST',
      body: { code },
    });
    if (res.ok) return router.push(`/bills/${res.data.bill.id}`);
    setState({ kind: 'problem', problem: res.problem });
  }

  async function startCamera() {
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment' },
        audio: false,
      });
      setState({ kind: 'camera' });
    } catch {
      setState({ kind: 'note', text: t('add.cameraFailed') });
    }
  }

  // While the camera is on, look for a code a few times a second; stop at the first one.
  useEffect(() => {
    const Detector = detectorClass();
    const el = video.current;
    if (state.kind !== 'camera' || !Detector || !el || !stream.current) return;
    el.srcObject = stream.current;
    void el.play().catch(() => undefined);
    const detector = new Detector({ formats: ['qr_code'] });
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const look = async () => {
      if (stopped) return;
      const found = await detector.detect(el).catch(() => []);
      const code = found[0]?.rawValue;
      if (code && !stopped) {
        stopped = true;
        stopCamera();
        return void send(code);
      }
      timer = setTimeout(() => void look(), 300);
    };
    void look();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- restart only when the camera state changes
  }, [state.kind]);

  async function onPhoto(files: FileList | null) {
    const file = files?.[0];
    if (!file) return;
    stopCamera();
    setState({ kind: 'busy', text: t('add.reading') });
    const code = await readQrFromImage(file);
    if (!code) return setState({ kind: 'note', text: t('add.noCode') });
    await send(code);
  }

  const busy = state.kind === 'busy';
  return (
    <div className="flex flex-col gap-4">
      {state.kind === 'problem' && (
        <Message tone="error" title={state.problem.title}>
          {state.problem.detail}
        </Message>
      )}
      {state.kind === 'note' && <Message tone="info">{state.text}</Message>}
      {busy && <Message tone="info">{state.text}</Message>}
      {canLive &&
        (state.kind === 'camera' ? (
          <>
            <p>{t('add.cameraHint')}</p>
            <video
              ref={video}
              aria-label={t('add.cameraLabel')}
              muted
              playsInline
              className="aspect-square w-full rounded-xl border-2 border-line bg-ink object-cover"
            />
            <Button
              size="main"
              variant="secondary"
              onPress={() => {
                stopCamera();
                setState({ kind: 'idle' });
              }}
            >
              {t('add.cameraStop')}
            </Button>
          </>
        ) : (
          <Button size="main" onPress={() => void startCamera()} isDisabled={busy}>
            {t('add.cameraStart')}
          </Button>
        ))}
      <p>{t('add.photoHint')}</p>
      <FileTrigger
        acceptedFileTypes={['image/*']}
        defaultCamera="environment"
        onSelect={(files) => void onPhoto(files)}
      >
        <Button size="main" variant={canLive ? 'secondary' : 'primary'} isDisabled={busy}>
          {t('add.photo')}
        </Button>
      </FileTrigger>
    </div>
  );
}
