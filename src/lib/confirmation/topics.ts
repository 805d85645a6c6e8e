/**
 * The markers of a built site grouped by question (content/pending-topics.yaml): which pages show each question and
 * what they say. Both the publish check and the confirmation sheet are built from this.
 */
import type { PageMarker } from './dist.ts';

export interface Topic {
  id: string;
  number: number; // the question's number on the sheet
  title: string; // the topic in a few words
  question: string; // the question, as the bureau reads it
  interim: string; // what the site does until it is answered
}

export interface Place {
  url: string;
  title: string;
}

export interface Wording {
  text: string; // the statement as a page shows it
  pages: Place[]; // the pages that show it
}

export interface OpenTopic {
  topic: Topic;
  places: Place[]; // every page that shows a marker of it, in address order
  wordings: Wording[]; // each distinct statement once
  markers: number; // how many markers name it
}

export interface OpenQuestions {
  topics: OpenTopic[]; // by question number
  unnamed: PageMarker[]; // markers that name no question, or one the list lacks
  markers: number; // every marker on the site
  pages: Place[]; // every page with a marker
}

function addPlace(places: Place[], { url, title }: Place): void {
  if (!places.some((place) => place.url === url)) places.push({ url, title });
}

export function openQuestions(markers: PageMarker[], topics: Topic[]): OpenQuestions {
  const byId = new Map(topics.map((topic) => [topic.id, topic]));
  const open = new Map<string, OpenTopic>();
  const unnamed: PageMarker[] = [];
  const pages: Place[] = [];
  for (const marker of markers) {
    addPlace(pages, marker);
    const known = marker.topics.filter((id) => byId.has(id));
    if (known.length === 0 || known.length < marker.topics.length) unnamed.push(marker);
    for (const id of known) {
      const entry = open.get(id) ?? { topic: byId.get(id)!, places: [], wordings: [], markers: 0 };
      open.set(id, entry);
      entry.markers++;
      addPlace(entry.places, marker);
      if (!marker.wording) continue;
      const wording = entry.wordings.find((w) => w.text === marker.wording);
      if (wording) addPlace(wording.pages, marker);
      else entry.wordings.push({ text: marker.wording, pages: [{ url: marker.url, title: marker.title }] });
    }
  }
  return { topics: [...open.values()].sort((a, b) => a.topic.number - b.topic.number), unnamed, markers: markers.length, pages };
}
