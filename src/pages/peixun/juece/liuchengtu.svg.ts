/** The flowchart of the definition as a standalone .svg file (/peixun/juece/liuchengtu.svg), for slides and print. */
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { definitionChart } from '../../../lib/training/flowchart';

export const GET: APIRoute = async () => {
  const [text, training] = await Promise.all([getEntry('questionnaire', 'questionnaire'), getEntry('training', 'training')]);
  if (!text || !training) throw new Error('liuchengtu.svg: content/questionnaire.yaml and content/training.yaml are needed');
  const { svg } = definitionChart(text.data, training.data, { idPrefix: 'chart', standalone: true });
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, { headers: { 'Content-Type': 'image/svg+xml' } });
};
