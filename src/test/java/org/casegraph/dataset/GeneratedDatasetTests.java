package org.casegraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.casegraph.generator.GraphGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A generated graph is a data set like any other: written as a file, the importer's checks accept it. */
class GeneratedDatasetTests {

  @Test
  void shouldPassTheSchemaAndEveryImportCheckAsAFile() {
    var dataset = new GraphGenerator(7, 500).generate();
    var file = JsonMapper.builder()
        .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
        .build()
        .writeValueAsBytes(dataset);

    var result = new DatasetValidator().validate(file, DatasetValidator.Graph.EMPTY);

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset()).isEqualTo(dataset);
  }

  @Test
  void shouldPassEveryImportCheckInMemoryAtTheDefaultSize() {
    var dataset = new GraphGenerator(GraphGenerator.DEFAULT_SEED, GraphGenerator.DEFAULT_PEOPLE).generate();

    assertThat(new DatasetValidator().check(dataset, DatasetValidator.Graph.EMPTY)).isEmpty();
  }
}
