// The client card as a credit-card-sized PDF (ID-1: 85.6 × 54 mm): shop name, first name, the card
// number as an EAN-13 barcode and the last valid day. No surname or address: a card gets lost.
import bwipjs from 'bwip-js/node';
import PDFDocument from 'pdfkit';
import type { Language } from '../../contract/money';

const mm = (value: number) => (value * 72) / 25.4;

const validUntilLabel: Record<Language, string> = { nl: 'Geldig tot', fr: 'Valable jusqu’au', en: 'Valid until' };

export interface CardFace {
  shopName: string;
  firstName: string;
  number: string;
  /** 'YYYY-MM-DD' or null when not enrolled. */
  validUntil: string | null;
  language: Language;
}

function displayDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export async function renderCardPdf(face: CardFace): Promise<Buffer> {
  const barcode = await bwipjs.toBuffer({
    bcid: 'ean13',
    text: face.number,
    scale: 4,
    height: 14,
    // EAN's own layout: the digits in their groups between the guard bars, none crossed by a bar.
    includetext: true,
  });
  const doc = new PDFDocument({ size: [mm(85.6), mm(54)], margin: 0, info: { Title: face.shopName } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.roundedRect(mm(1), mm(1), mm(83.6), mm(52), mm(3)).lineWidth(0.5).stroke('#888888');
  doc.rect(mm(1), mm(1), mm(83.6), mm(10)).fill('#1f6f50');
  doc
    .fillColor('#ffffff')
    .font('Helvetica-Bold')
    .fontSize(11)
    .text(face.shopName, mm(5), mm(3.6), {
      width: mm(75.6),
      lineBreak: false,
      ellipsis: true,
    });
  doc
    .fillColor('#000000')
    .font('Helvetica-Bold')
    .fontSize(14)
    .text(face.firstName, mm(5), mm(14), {
      width: mm(75.6),
      lineBreak: false,
      ellipsis: true,
    });
  if (face.validUntil) {
    doc
      .font('Helvetica')
      .fontSize(8)
      .text(`${validUntilLabel[face.language]} ${displayDate(face.validUntil)}`, mm(5), mm(20.5), { lineBreak: false });
  }
  doc.image(barcode, mm(17.8), mm(26), { fit: [mm(50), mm(24)], align: 'center' });
  doc.end();
  return done;
}
