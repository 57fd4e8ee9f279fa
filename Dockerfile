# Builds the Casegraph service image from this repository.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY schema schema
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:25-jre
WORKDIR /app
COPY --from=build /src/target/casegraph.jar /app/casegraph.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/casegraph.jar"]
