// Shelf labels: an A4 sheet of 3 × 8 labels (70 × 37 mm, the common self-adhesive sheet), each
// with the name, the social price large, the reference price (what a supermarket asks) and the
// barcode, so a volunteer can scan from the shelf when a package has none.
import bwipjs from 'bwip-js/node';
import PDFDocument from 'pdfkit';
import { formatMoney, type Language } from '../../contract/money';

const mm = (value: number) => (value * 72) / 25.4;

export interface ShelfLabel {
  readonly name: string;
  /** The other language's name, shown small when it differs (shelves serve both languages). */
  readonly otherName: string;
  readonly code: string;
  readonly unit: 'piece' | 'kg';
  readonly socialPriceCents: number;
  readonly referencePriceCents: number;
}

const words: Record<Language, { reference: string; perKg: string }> = {
  nl: { reference: 'Winkelprijs', perKg: '/kg' },
  fr: { reference: 'Prix en magasin', perKg: '/kg' },
  en: { reference: 'Shop price', perKg: '/kg' },
};

const columns = 3;
const rows = 8;
const labelW = mm(70);
const labelH = mm(297 / rows);

// The standard PDF fonts are WinAnsi: Intl's narrow no-break space would print as a wrong glyph.
const money = (cents: number, lang: Language) => formatMoney(cents, lang).replace(/[\u00a0\u202f]/g, ' ');

async function barcodeImage(code: string): Promise<Buffer> {
  const bcid = /^\d{13}$/.test(code) ? 'ean13' : /^\d{8}$/.test(code) ? 'ean8' : 'code128';
  // EAN codes keep their own layout (digits grouped between the guard bars, none crossed by a bar).
  return bwipjs.toBuffer({
    bcid,
    text: code,
    scale: 3,
    height: 9,
    includetext: true,
    ...(bcid === 'code128' ? { textxalign: 'center' } : {}),
  });
}

export async function renderShelfLabels(labels: readonly ShelfLabel[], lang: Language): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, info: { Title: 'Shelf labels' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const w = words[lang];
  for (const [index, label] of labels.entries()) {
    const slot = index % (columns * rows);
    if (index > 0 && slot === 0) doc.addPage({ size: 'A4', margin: 0 });
    const x = (slot % columns) * labelW;
    const y = Math.floor(slot / columns) * labelH;
    const pad = mm(3);
    // A thin cut guide; self-adhesive sheets ignore it, plain paper needs it.
    doc
      .rect(x + 1, y + 1, labelW - 2, labelH - 2)
      .lineWidth(0.3)
      .dash(2, { space: 2 })
      .stroke('#999999')
      .undash();
    doc
      .fillColor('#000000')
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(label.name, x + pad, y + pad, { width: labelW - 2 * pad, height: mm(9), ellipsis: true });
    if (label.otherName !== label.name)
      doc
        .font('Helvetica')
        .fontSize(7)
        .fillColor('#444444')
        .text(label.otherName, x + pad, y + pad + mm(9), { width: labelW - 2 * pad, lineBreak: false, ellipsis: true });
    const per = label.unit === 'kg' ? w.perKg : '';
    doc
      .fillColor('#000000')
      .font('Helvetica-Bold')
      .fontSize(18)
      .text(`${money(label.socialPriceCents, lang)}${per}`, x + pad, y + mm(16), { lineBreak: false });
    doc
      .font('Helvetica')
      .fontSize(7)
      .fillColor('#444444')
      .text(`${w.reference}: ${money(label.referencePriceCents, lang)}${per}`, x + pad, y + mm(24.5), {
        width: mm(34),
        lineBreak: false,
      });
    if (label.code !== '') {
      const image = await barcodeImage(label.code);
      doc.image(image, x + mm(37), y + mm(15), { fit: [mm(30), mm(19)], align: 'right', valign: 'bottom' });
    }
  }
  doc.end();
  return done;
}
